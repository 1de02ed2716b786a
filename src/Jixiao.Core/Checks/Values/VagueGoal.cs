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
        if (HasMeasure(goal) || c.Table.Indicators.Any(i => i.Value.Status == ValueStatus.Number)) yield break;
        yield return Finding($"表“{c.TableName}”的目标和指标都没有可衡量的数值，完成与否难以判断；请至少为主要产出设置定量指标。", c.Table.Line, field: "goals.annual");
    }

    /// <summary>A number in the goal other than a year (2023年) or a list number (1、).</summary>
    private static bool HasMeasure(string goal)
    {
        for (var i = 0; i < goal.Length; i++)
        {
            if (!char.IsAsciiDigit(goal[i]) || (i > 0 && char.IsAsciiDigit(goal[i - 1]))) continue;
            var j = i;
            while (j < goal.Length && (char.IsAsciiDigit(goal[j]) || goal[j] == '.')) j++;
            var next = j < goal.Length ? goal[j] : '\0';
            var isYear = j - i == 4 && (next == '年' || next == ' ' && j + 1 < goal.Length && goal[j + 1] == '年');
            // "1." and "1、" number a list; the dot was taken into the number above.
            var isListNumber = next is '、' or '．' || goal[j - 1] == '.' && goal[i..(j - 1)].All(char.IsAsciiDigit);
            if (!isYear && !isListNumber) return true;
        }
        return false;
    }
}
