using Jixiao.Diagnostics;

namespace Jixiao.Checks.Completeness;

/// <summary>JX104: a table without its annual goal text (年度目标 / 整体绩效目标); a mid-term goal does not stand in for it.</summary>
public sealed class MissingGoal : Check
{
    public override string Code => "JX104";
    public override string Title => "缺少绩效目标文字";
    public override Severity Severity => Severity.Warning;

    public override IEnumerable<Diagnostic> Run(CheckContext c)
    {
        if (!string.IsNullOrWhiteSpace(c.Table.Goals.Annual)) yield break;
        var also = string.IsNullOrWhiteSpace(c.Table.Goals.MidTerm) ? "" : "（已有中期目标，但年度目标为空）";
        yield return Finding($"表“{c.TableName}”没有填写年度绩效目标{also}，请用一两句话写明本年度资金要达成的产出和效果。", c.Table.Line, field: "goals.annual");
    }
}
