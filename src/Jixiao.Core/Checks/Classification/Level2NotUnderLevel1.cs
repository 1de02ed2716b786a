using Jixiao.Diagnostics;
using Jixiao.Framework;

namespace Jixiao.Checks.Classification;

/// <summary>JX502: a level 2 written under a level 1 it does not belong to (社会效益指标 under 产出指标).</summary>
public sealed class Level2NotUnderLevel1 : Check
{
    public override string Code => "JX502";
    public override string Title => "二级指标不属于所在的一级指标";
    public override Severity Severity => Severity.Warning;

    public override IEnumerable<Diagnostic> Run(CheckContext c)
    {
        foreach (var (i, k) in c.Indexed)
            if (i.Level1 is { } l1 && i.Level2 is { } l2 && l2.Parent() != l1)
                yield return AtIndicator(c, k, $"二级指标“{i.Level2Text ?? l2.Name()}”属于{l2.Parent().Name()}，却写在“{i.Level1Text ?? l1.Name()}”下；请调整到正确的一级指标。", "level1");
    }
}
