using Jixiao.Diagnostics;
using Jixiao.Values;

namespace Jixiao.Checks.Values;

/// <summary>JX201: a number without a comparator: is 95% a floor, a ceiling, or exact?</summary>
public sealed class ComparatorMissing : Check
{
    public override string Code => "JX201";
    public override string Title => "定量指标缺少比较符号";
    public override Severity Severity => Severity.Warning;

    public override IEnumerable<Diagnostic> Run(CheckContext c)
    {
        foreach (var (i, k) in c.Indexed)
            if (i.Value.Status == ValueStatus.Number && i.Value.Comparator is null && !ImpliedBound(i))
                yield return AtIndicator(c, k, $"指标“{i.Name ?? "（未命名）"}”的指标值“{i.Value.Text}”没有比较符号，无法判断是下限、上限还是确定值，请写成“≥”“≤”或“=”加数值。");
    }

    /// <summary>100% of a rate and 0 of anything are bounds nobody can pass: the comparator is implied.</summary>
    private static bool ImpliedBound(Model.Indicator i) =>
        i.Value.Number == 0 || i.Value.Number == 100 && i.Value.UnitKind == UnitKind.Percent && IndicatorNames.IsRate(i.Name);
}
