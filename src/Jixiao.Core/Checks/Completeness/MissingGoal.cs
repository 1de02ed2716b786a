using Jixiao.Diagnostics;

namespace Jixiao.Checks.Completeness;

/// <summary>JX104: a table without any goal text (年度目标 / 中期目标 / 整体绩效目标).</summary>
public sealed class MissingGoal : Check
{
    public override string Code => "JX104";
    public override string Title => "缺少绩效目标文字";
    public override Severity Severity => Severity.Warning;

    public override IEnumerable<Diagnostic> Run(CheckContext c)
    {
        if (string.IsNullOrWhiteSpace(c.Table.Goals.Annual) && string.IsNullOrWhiteSpace(c.Table.Goals.MidTerm))
            yield return Finding($"表“{c.TableName}”没有填写绩效目标（年度目标），请用一两句话写明资金要达成的产出和效果。", c.Table.Line, field: "goals.annual");
    }
}
