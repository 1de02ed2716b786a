using Jixiao.Diagnostics;
using Jixiao.Values;

namespace Jixiao.Checks.Completeness;

/// <summary>JX107: an indicator with a name and no target value.</summary>
public sealed class IndicatorWithoutValue : Check
{
    public override string Code => "JX107";
    public override string Title => "指标有名称无指标值";
    public override Severity Severity => Severity.Warning;

    public override IEnumerable<Diagnostic> Run(CheckContext c)
    {
        foreach (var (i, k) in c.Indexed)
            if (!string.IsNullOrWhiteSpace(i.Name) && i.Value.Status == ValueStatus.Empty)
                yield return AtIndicator(c, k, $"指标“{i.Name}”没有填写指标值，请填写目标值（如“≥95%”）或定性标准。");
    }
}
