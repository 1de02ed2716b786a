using Jixiao.Diagnostics;
using Jixiao.Framework;

namespace Jixiao.Checks.Completeness;

/// <summary>JX106: a level-2 category the profile requires has no indicator in the budget year's set.</summary>
public sealed class RequiredCategoryMissing : Check
{
    public override string Code => "JX106";
    public override string Title => "缺少必填的二级指标";
    public override Severity Severity => Severity.Warning;

    public override IEnumerable<Diagnostic> Run(CheckContext c)
    {
        var set = c.BudgetYear;
        if (set.Count == 0) yield break;
        var present = set.Where(x => x.Indicator.Level2 is not null).Select(x => x.Indicator.Level2!.Value).ToHashSet();
        foreach (var group in c.Profile.RequiredCategories)
        {
            if (group.Any(present.Contains)) continue;
            var names = string.Join("或", group.Select(g => g.Name()));
            yield return Finding($"表“{c.TableName}”缺少{names}，请至少设置一个该类指标。", c.Table.Line, field: "indicators");
        }
    }
}
