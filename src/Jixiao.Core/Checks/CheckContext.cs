using Jixiao.Model;
using Jixiao.Profiles;

namespace Jixiao.Checks;

/// <summary>What a check sees: the table, the other tables of the same document, and the profile.</summary>
public sealed record CheckContext(TargetTable Table, IReadOnlyList<TargetTable> Document, Profile Profile)
{
    /// <summary>The indicators that apply to the budget year: the annual ones, or when a table has none, its only (mid-term) ones.</summary>
    public IReadOnlyList<(Indicator Indicator, int Index)> BudgetYear
    {
        get
        {
            // Loops rather than LINQ: every check that looks at the budget year asks for this (performance only).
            var all = new List<(Indicator, int)>(Table.Indicators.Count);
            var annual = new List<(Indicator, int)>(Table.Indicators.Count);
            for (var k = 0; k < Table.Indicators.Count; k++)
            {
                var i = Table.Indicators[k];
                all.Add((i, k));
                if (i.Horizon == Horizon.Annual) annual.Add((i, k));
            }
            return annual.Count > 0 ? annual : all;
        }
    }

    public IEnumerable<(Indicator Indicator, int Index)> Indexed => Table.Indicators.Select((i, k) => (i, k));

    public string TableName => Table.ProjectName ?? (Table.Kind == TableKind.Department ? $"{Table.Unit ?? "部门"}整体绩效目标表" : $"第 {Table.Line} 行起的表");

    /// <summary>The funds of a horizon (annual → 年度资金, mid-term → 中期资金).</summary>
    public Model.Funds? FundsOf(Horizon h) => h == Horizon.MidTerm ? Table.MidTermFunds : Table.Funds;
}
