namespace Jixiao.Values;

/// <summary>Classifies units as written into what they measure, and converts money to 万元.</summary>
public static class Units
{
    private static readonly HashSet<string> Time = new(StringComparer.Ordinal)
    {
        "天", "日", "小时", "个小时", "工作日", "个工作日", "月", "个月", "年", "周", "星期", "分钟", "秒", "季度", "个季度", "小时内", "天内", "日内", "工作日内", "月内",
    };

    private static readonly HashSet<string> Count = new(StringComparer.Ordinal)
    {
        "次", "个", "件", "人", "人次", "份", "场", "期", "户", "家", "所", "项", "篇", "条", "台", "套", "辆", "本", "批", "处", "座",
        "张", "名", "册", "起", "例", "宗", "单", "场次", "班", "类", "种", "块", "间", "栋", "处次", "车次", "架次", "位", "组", "队",
        "村", "乡", "镇", "个村", "床", "株", "头", "只", "亩", "公里", "千米", "米", "平方米", "吨", "立方米", "公顷", "万人", "户次",
        "次/年", "人/次", "篇次", "期次", "个/年",
        "笔", "千克", "公斤", "克", "斤", "升", "毫升", "平方公里", "万平方米", "万亩", "万吨", "万株", "万册", "万次", "万件", "万户",
        "课时", "学时", "节", "门", "部", "幅", "棵", "尾", "枚", "盏", "根", "艘", "轮", "届", "项次", "家次", "人日", "人天", "人月",
    };

    public static UnitKind Classify(string? unit)
    {
        if (string.IsNullOrEmpty(unit)) return UnitKind.None;
        if (unit is "%") return UnitKind.Percent;
        if (unit.StartsWith("百分点", StringComparison.Ordinal) || unit == "个百分点") return UnitKind.PercentagePoint;
        var slash = unit.IndexOf('/');
        var head = slash > 0 ? unit[..slash] : unit;
        if (IsMoney(head)) return slash > 0 ? UnitKind.MoneyPerUnit : UnitKind.Money;
        if (Time.Contains(unit)) return UnitKind.Time;
        if (Count.Contains(unit) || Count.Contains(head)) return UnitKind.Count;
        return UnitKind.Other;
    }

    private static bool IsMoney(string s) => s is "元" or "万元" or "亿元" or "千元" or "百万元" or "万" or "元人民币";

    /// <summary>The factor that turns an amount in <paramref name="unit"/> into 万元, or null for a unit that is not money.</summary>
    public static decimal? ToWanYuan(string? unit)
    {
        if (unit is null) return null;
        var slash = unit.IndexOf('/');
        var head = slash > 0 ? unit[..slash] : unit;
        return head switch
        {
            "元" or "元人民币" => 0.0001m,
            "千元" => 0.1m,
            "万元" or "万" => 1m,
            "百万元" => 100m,
            "亿元" => 10000m,
            _ => null,
        };
    }
}
