using Jixiao.Diagnostics;
using Jixiao.Values;

namespace Jixiao.Checks.Completeness;

/// <summary>JX108: a target value without the indicator's name.</summary>
public sealed class ValueWithoutName : Check
{
    public override string Code => "JX108";
    public override string Title => "指标有指标值无名称";
    public override Severity Severity => Severity.Warning;

    public override IEnumerable<Diagnostic> Run(CheckContext c)
    {
        foreach (var (i, k) in c.Indexed)
            if (string.IsNullOrWhiteSpace(i.Name) && i.Value.Status != ValueStatus.Empty)
                yield return AtIndicator(c, k, $"第 {i.Line} 行的指标值“{i.Value.Text}”没有对应的三级指标名称，请写明它衡量的是什么。", "name");
    }
}
