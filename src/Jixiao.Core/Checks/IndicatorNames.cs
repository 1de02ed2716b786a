namespace Jixiao.Checks;

/// <summary>What an indicator's name says about what it measures and which way is better.</summary>
public static class IndicatorNames
{
    // Rates that are good when high: the last word before 率 names a thing achieved.
    private static readonly string[] GoodRates =
    [
        "完成率", "办结率", "合格率", "及时率", "达标率", "覆盖率", "知晓率", "到位率", "使用率", "执行率", "受理率", "处理率", "化解率",
        "劝返率", "巩固率", "普及率", "入学率", "参与率", "回复率", "正确率", "准确率", "准点率", "稳控率", "解决率", "结案率", "通过率",
        "开放率", "满意率", "响应率", "修复率", "建档率", "接种率", "管理率", "传输率", "利用率", "出勤率", "完好率", "参保率", "就业率",
        "回访率", "整改率", "转化率", "发放率", "支付率", "兑现率", "落实率", "配备率", "上线率", "运行率", "监测率", "检测率", "录入率",
    ];

    private static readonly string[] NegativeRates =
    [
        "发生率", "死亡率", "差错率", "故障率", "事故率", "投诉率", "不合格率", "失误率", "违规率", "流失率", "辍学率", "返贫率",
        "误差率", "空置率", "缺陷率", "超标率", "逾期率", "复发率", "重复率", "失业率", "发病率", "损耗率", "漏报率", "误报率",
        "偏差率", "结余率", "越级上访率", "上访率", "积案率", "闲置率",
    ];

    private static readonly string[] NegativeWords =
    [
        "投诉", "故障", "事故", "差错", "失误", "违规", "违纪", "缺陷", "不合格", "超标", "逾期", "延误", "积案", "重复信访", "非正常上访",
        "未处理", "未办结", "伤亡", "死亡", "损失",
    ];

    // Verbs of resolving or remedying: a count or rate of complaints resolved, faults repaired, petitioners persuaded is a good thing.
    private static readonly string[] Remedy =
    [
        "化解", "办结", "处理", "解决", "劝返", "整改", "消除", "查处", "受理", "回复", "调处", "处置", "稳控", "降低", "下降", "减少",
        "排查", "挽回", "修复", "响应", "回访", "整治", "检查", "防范", "预防", "满意",
    ];

    // 未处理, 未办结 …: built once, not at every call (performance only).
    private static readonly string[] NegatedRemedy = Remedy.Select(v => "未" + v).ToArray();

    /// <summary>A rate: 率, 比例, 占比, 比重, 满意度 (but not 频率, 效率, 汇率 or 率先, which are not shares).</summary>
    public static bool IsRate(string? name)
    {
        if (string.IsNullOrEmpty(name)) return false;
        if (name.Contains("满意度", StringComparison.Ordinal) || name.Contains("比例", StringComparison.Ordinal) || name.Contains("占比", StringComparison.Ordinal) || name.Contains("比重", StringComparison.Ordinal)) return true;
        // 效率 (efficiency) is no rate, but 有效率 (the share that works: 治疗有效率, 数据有效率) is.
        if (name.Contains("有效率", StringComparison.Ordinal)) return true;
        var stripped = name.Replace("频率", "", StringComparison.Ordinal).Replace("效率", "", StringComparison.Ordinal)
            .Replace("汇率", "", StringComparison.Ordinal).Replace("率先", "", StringComparison.Ordinal);
        return stripped.Contains('率');
    }

    /// <summary>The name speaks of resolving or remedying something bad (化解, 办结, 修复, 回访 …), which makes more of it better.</summary>
    public static bool IsResolving(string? name)
    {
        if (string.IsNullOrEmpty(name)) return false;
        foreach (var w in Remedy) if (name.Contains(w, StringComparison.Ordinal)) return true;
        return false;
    }

    public static bool IsSatisfaction(string? name) =>
        name is not null && (name.Contains("满意度", StringComparison.Ordinal) || name.Contains("满意率", StringComparison.Ordinal));

    /// <summary>A satisfaction rate (满意度 measured in percent or as a grade), not a count of satisfaction surveys.</summary>
    public static bool IsSatisfactionRate(string? name, Jixiao.Values.UnitKind unit) =>
        IsSatisfaction(name) && unit is Jixiao.Values.UnitKind.Percent or Jixiao.Values.UnitKind.None;

    /// <summary>Less is better: a failure rate, or a count of complaints, faults, repeat petitions — unless the name speaks of resolving them.</summary>
    public static bool IsNegative(string? name)
    {
        if (string.IsNullOrEmpty(name)) return false;
        // 未处理, 未办结, 未化解: a remedy verb negated is what is left undone.
        if (name.Contains('未')) foreach (var v in NegatedRemedy) if (name.Contains(v, StringComparison.Ordinal)) return true;
        if (IsResolving(name)) return false;
        foreach (var r in NegativeRates) if (name.Contains(r, StringComparison.Ordinal)) return true;
        if (IsRate(name)) return false;
        foreach (var w in NegativeWords) if (name.Contains(w, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>More is better, and known to be: a satisfaction, or a rate of things achieved (完成率, 办结率, 合格率 …).</summary>
    public static bool IsPositiveRate(string? name)
    {
        if (string.IsNullOrEmpty(name) || IsNegative(name)) return false;
        if (IsSatisfaction(name)) return true;
        foreach (var r in GoodRates) if (name.Contains(r, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>The name speaks of money: 费用, 经费, 成本, 预算, 资金 amounts.</summary>
    public static bool SpeaksOfMoney(string? name) =>
        name is not null && !IsRate(name) && (name.Contains('费') || name.Contains("成本", StringComparison.Ordinal) || name.Contains("预算", StringComparison.Ordinal) || name.Contains("万元", StringComparison.Ordinal));
}
