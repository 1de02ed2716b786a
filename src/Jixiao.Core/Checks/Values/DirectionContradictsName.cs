using Jixiao.Diagnostics;
using Jixiao.Values;

namespace Jixiao.Checks.Values;

/// <summary>JX206: the comparator points the wrong way for what the name measures: ≤ on a satisfaction or completion rate, ≥ on complaints or faults.</summary>
public sealed class DirectionContradictsName : Check
{
    public override string Code => "JX206";
    public override string Title => "比较方向与指标含义相反";
    public override Severity Severity => Severity.Warning;

    public override IEnumerable<Diagnostic> Run(CheckContext c)
    {
        foreach (var (i, k) in c.Indexed)
        {
            if (i.Value.Comparator is not { } cmp) continue;
            // A rate measured in money is reported by JX204; the direction of a wrong unit says nothing more.
            if (IndicatorNames.IsPositiveRate(i.Name) && cmp.IsNegative() && i.Value.UnitKind is UnitKind.Percent or UnitKind.None)
                yield return AtIndicator(c, k, $"指标“{i.Name}”越高越好，却设为“{cmp.ToSymbol()}{i.Value.Number}{i.Value.Unit}”（上限）；请改为“≥”。");
            else if (IndicatorNames.IsNegative(i.Name) && cmp.IsPositive())
                yield return AtIndicator(c, k, $"指标“{i.Name}”越低越好，却设为“{cmp.ToSymbol()}{i.Value.Number}{i.Value.Unit}”（下限）；请改为“≤”。");
        }
    }
}
