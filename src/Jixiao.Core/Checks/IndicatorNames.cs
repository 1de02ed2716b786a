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

    // Verbs of resolving: a count or rate of complaints resolved, backlog cleared or petitioners persuaded is a good thing.
    private static readonly string[] Resolving =
    [
        "化解", "办结", "处理", "解决", "劝返", "整改", "消除", "查处", "受理", "回复", "调处", "处置", "稳控", "降低", "下降", "减少",
    ];

    /// <summary>A rate: 率, 比例, 占比, 比重, 满意度 (but not 频率, 效率 or 率先, which are not shares).</summary>
    public static bool IsRate(string? name)
    {
        if (string.IsNullOrEmpty(name)) return false;
        if (name.Contains("满意度", StringComparison.Ordinal) || name.Contains("比例", StringComparison.Ordinal) || name.Contains("占比", StringComparison.Ordinal) || name.Contains("比重", StringComparison.Ordinal)) return true;
        var stripped = name.Replace("频率", "", StringComparison.Ordinal).Replace("效率", "", StringComparison.Ordinal).Replace("率先", "", StringComparison.Ordinal);
        return stripped.Contains('率');
    }

    /// <summary>The name speaks of resolving something bad (化解, 办结, 劝返 …), which makes more of it better.</summary>
    public static bool IsResolving(string? name)
    {
        if (string.IsNullOrEmpty(name)) return false;
        foreach (var w in Resolving) if (name.Contains(w, StringComparison.Ordinal)) return true;
        return false;
    }

    public static bool IsSatisfaction(string? name) =>
        name is not null && (name.Contains("满意度", StringComparison.Ordinal) || name.Contains("满意率", StringComparison.Ordinal));

    /// <summary>A satisfaction rate (满意度 measured in percent or as a grade), not a count of satisfaction surveys.</summary>
    public static bool IsSatisfactionRate(string? name, Jixiao.Values.UnitKind unit) =>
        IsSatisfaction(name) && unit is Jixiao.Values.UnitKind.Percent or Jixiao.Values.UnitKind.None;

    /// <summary>Less is better: a failure rate, or a count or rate of complaints, faults, repeat petitions — unless the name speaks of resolving them.</summary>
    public static bool IsNegative(string? name)
    {
        if (string.IsNullOrEmpty(name)) return false;
        foreach (var r in NegativeRates) if (name.Contains(r, StringComparison.Ordinal)) return true;
        if (IsResolving(name)) return false;
        foreach (var w in NegativeWords) if (name.Contains(w, StringComparison.Ordinal)) return true;
        return name.Contains("重复", StringComparison.Ordinal) && IsRate(name);
    }

    /// <summary>More is better: a rate that is not a failure rate.</summary>
    public static bool IsPositiveRate(string? name) => IsRate(name) && !IsNegative(name);

    /// <summary>The name speaks of money: 费用, 经费, 成本, 预算, 资金 amounts.</summary>
    public static bool SpeaksOfMoney(string? name) =>
        name is not null && !IsRate(name) && (name.Contains('费') || name.Contains("成本", StringComparison.Ordinal) || name.Contains("预算", StringComparison.Ordinal) || name.Contains("万元", StringComparison.Ordinal));
}
