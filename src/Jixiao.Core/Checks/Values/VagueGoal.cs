using Jixiao.Diagnostics;
using Jixiao.Values;

namespace Jixiao.Checks.Values;

/// <summary>JX207: neither the goal text nor any indicator holds a measurable number.</summary>
public sealed class VagueGoal : Check
{
    public override string Code => "JX207";
    public override string Title => "目标无任何可衡量的数值";
    public override Severity Severity => Severity.Info;

    public override IEnumerable<Diagnostic> Run(CheckContext c)
    {
        var goal = c.Table.Goals.Annual ?? c.Table.Goals.MidTerm;
        if (string.IsNullOrWhiteSpace(goal) || c.Table.Indicators.Count == 0) yield break;
        if (goal.Any(char.IsAsciiDigit) || c.Table.Indicators.Any(i => i.Value.Status == ValueStatus.Number)) yield break;
        yield return Finding($"表“{c.TableName}”的目标和指标都没有可衡量的数值，完成与否难以判断；请至少为主要产出设置定量指标。", c.Table.Line, field: "goals.annual");
    }
}
