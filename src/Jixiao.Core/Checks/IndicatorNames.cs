namespace Jixiao.Checks;

/// <summary>What an indicator's name says about what it measures and which way is better.</summary>
public static class IndicatorNames
{
    private static readonly string[] NegativeRates =
    [
        "发生率", "死亡率", "差错率", "故障率", "事故率", "投诉率", "不合格率", "失误率", "违规率", "流失率", "辍学率", "返贫率",
        "误差率", "空置率", "缺陷率", "超标率", "逾期率", "复发率", "重复率", "失业率", "发病率", "损耗率", "漏报率", "误报率",
    ];

    private static readonly string[] NegativeWords =
    [
        "投诉", "故障", "事故", "差错", "失误", "违规", "违纪", "缺陷", "不合格", "超标", "逾期", "延误", "积案", "重复信访", "非正常上访",
        "未处理", "未办结", "伤亡", "死亡", "损失",
    ];

    /// <summary>A rate: 率, 比例, 占比, 比重, 满意度 (but not 频率 or 效率, which are not shares).</summary>
    public static bool IsRate(string? name)
    {
        if (string.IsNullOrEmpty(name)) return false;
        if (name.Contains("满意度", StringComparison.Ordinal) || name.Contains("比例", StringComparison.Ordinal) || name.Contains("占比", StringComparison.Ordinal) || name.Contains("比重", StringComparison.Ordinal)) return true;
        var at = name.LastIndexOf('率');
        if (at < 0) return false;
        return !(at > 0 && name[at - 1] is '频' or '效' or '汇' or '税' && at == name.Length - 1);
    }

    public static bool IsSatisfaction(string? name) =>
        name is not null && (name.Contains("满意度", StringComparison.Ordinal) || name.Contains("满意率", StringComparison.Ordinal));

    /// <summary>Less is better: a failure rate, or a count of complaints, faults, accidents.</summary>
    public static bool IsNegative(string? name)
    {
        if (string.IsNullOrEmpty(name)) return false;
        foreach (var r in NegativeRates) if (name.Contains(r, StringComparison.Ordinal)) return true;
        if (IsRate(name)) return false;
        foreach (var w in NegativeWords) if (name.Contains(w, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>More is better: a rate that is not a failure rate.</summary>
    public static bool IsPositiveRate(string? name) => IsRate(name) && !IsNegative(name);

    /// <summary>The name speaks of money: 费用, 经费, 成本, 预算, 资金 amounts.</summary>
    public static bool SpeaksOfMoney(string? name) =>
        name is not null && !IsRate(name) && (name.Contains('费') || name.Contains("成本", StringComparison.Ordinal) || name.Contains("预算", StringComparison.Ordinal) || name.Contains("万元", StringComparison.Ordinal));
}
