using Jixiao.Diagnostics;
using Jixiao.Values;

namespace Jixiao.Checks.Values;

/// <summary>JX203: a rate whose target is above 100 %.</summary>
public sealed class RateAbove100 : Check
{
    public override string Code => "JX203";
    public override string Title => "比率目标超过 100%";
    public override Severity Severity => Severity.Error;

    public override IEnumerable<Diagnostic> Run(CheckContext c)
    {
        foreach (var (i, k) in c.Indexed)
            if (i.Value.UnitKind == UnitKind.Percent && i.Value.Number > 100 && IndicatorNames.IsRate(i.Name))
                yield return AtIndicator(c, k, $"指标“{i.Name}”是比率，目标值 {i.Value.Text} 超过 100%，无法实现；请核对数值。");
    }
}
