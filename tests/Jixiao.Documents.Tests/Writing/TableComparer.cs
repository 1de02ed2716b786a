using System.Globalization;
using Jixiao.Model;
using Jixiao.Values;

namespace Jixiao.Documents.Tests.Writing;

/// <summary>
/// Compares two readings of the same tables field by field — header facts, funds, goals, spending plan, indicators and
/// self-evaluation results — and lists every field that differs. Line numbers and texts as written (valueText, level
/// texts) are not compared: a rendered form writes them anew.
/// </summary>
internal static class TableComparer
{
    public static List<FieldDifference> Compare(IReadOnlyList<TargetTable> expected, IReadOnlyList<TargetTable> actual)
    {
        var diffs = new List<FieldDifference>();
        if (expected.Count != actual.Count) diffs.Add(new FieldDifference("document", "tables.count", $"{expected.Count}", $"{actual.Count}"));
        for (var t = 0; t < Math.Min(expected.Count, actual.Count); t++)
        {
            var e = expected[t];
            var a = actual[t];
            var d = new Diff(diffs, $"table {t} ({e.ProjectName ?? e.Unit ?? e.Kind.ToString()})");
            d.Same("kind", e.Kind, a.Kind);
            d.Same("stage", e.Stage, a.Stage);
            d.Same("year", e.Year, a.Year);
            d.Same("unit", e.Unit, a.Unit);
            d.Same("unitCode", e.UnitCode, a.UnitCode);
            d.Same("department", e.Department, a.Department);
            d.Same("departmentCode", e.DepartmentCode, a.DepartmentCode);
            d.Same("projectName", e.ProjectName, a.ProjectName);
            d.Same("projectCode", e.ProjectCode, a.ProjectCode);
            d.Same("manager", e.Manager, a.Manager);
            d.Same("phone", e.Phone, a.Phone);
            d.Same("projectType", e.ProjectType, a.ProjectType);
            d.Same("duration", e.Duration, a.Duration);
            Funds(d, "funds", e.Funds, a.Funds);
            Funds(d, "midTermFunds", e.MidTermFunds, a.MidTermFunds);
            Budget(d, e.DepartmentBudget, a.DepartmentBudget);
            d.Same("fundsUsage", e.FundsUsage, a.FundsUsage);
            d.Same("spendingPlan.count", e.SpendingPlan.Count, a.SpendingPlan.Count);
            for (var k = 0; k < Math.Min(e.SpendingPlan.Count, a.SpendingPlan.Count); k++)
            {
                d.Same($"spendingPlan[{k}].checkpoint", e.SpendingPlan[k].Checkpoint, a.SpendingPlan[k].Checkpoint);
                d.Same($"spendingPlan[{k}].percent", e.SpendingPlan[k].CumulativePercent, a.SpendingPlan[k].CumulativePercent);
            }
            d.Same("goals.annual", e.Goals.Annual, a.Goals.Annual);
            d.Same("goals.midTerm", e.Goals.MidTerm, a.Goals.MidTerm);
            d.Same("goals.midTermPeriod", e.Goals.MidTermPeriod, a.Goals.MidTermPeriod);
            d.Same("goals.breakdown", e.Goals.Breakdown, a.Goals.Breakdown);
            d.Same("goals.measures", e.Goals.Measures, a.Goals.Measures);
            d.Same("goals.annualAchieved", e.Goals.AnnualAchieved, a.Goals.AnnualAchieved);
            Execution(d, e.Execution, a.Execution);
            d.Same("publishedTotal", e.PublishedTotal, a.PublishedTotal);
            // The form lists the annual indicators, then the mid-term ones; a document may interleave them (seed 001
            // has them side by side), so indicators are compared in order within each horizon.
            foreach (var horizon in Enum.GetValues<Horizon>())
            {
                var ei = e.Indicators.Where(i => i.Horizon == horizon).ToList();
                var ai = a.Indicators.Where(i => i.Horizon == horizon).ToList();
                d.Same($"indicators({horizon}).count", ei.Count, ai.Count);
                for (var i = 0; i < Math.Min(ei.Count, ai.Count); i++) Indicator(d.In($"indicators({horizon})[{i}] ({ei[i].Name})"), ei[i], ai[i]);
            }
        }
        return diffs;
    }

    private static void Indicator(Diff d, Indicator e, Indicator a)
    {
        d.Same("level1", e.Level1, a.Level1);
        d.Same("level2", e.Level2, a.Level2);
        d.Same("name", e.Name, a.Name);
        d.Same("comparator", e.Value.Comparator, a.Value.Comparator);
        d.Same("number", e.Value.Number, a.Value.Number);
        d.Same("unit", e.Value.Unit, a.Value.Unit);
        d.Same("grade", e.Value.Grade, a.Value.Grade);
        d.Same("weight", e.Weight, a.Weight);
        d.Same("horizon", e.Horizon, a.Horizon);
        d.Same("description", e.Description, a.Description);
        d.Same("basis", e.Basis, a.Basis);
        Value(d, "actual", e.Actual, a.Actual);
        d.Same("score", e.Score, a.Score);
        d.Same("cause", e.Cause, a.Cause);
    }

    private static void Value(Diff d, string field, IndicatorValue? e, IndicatorValue? a)
    {
        d.Same(field + ".status", e?.Status, a?.Status);
        d.Same(field + ".comparator", e?.Comparator, a?.Comparator);
        d.Same(field + ".number", e?.Number, a?.Number);
        d.Same(field + ".unit", e?.Unit, a?.Unit);
        d.Same(field + ".grade", e?.Grade, a?.Grade);
    }

    private static void Funds(Diff d, string field, Funds? e, Funds? a)
    {
        if ((e?.IsEmpty ?? true) && (a?.IsEmpty ?? true)) return;
        d.Same(field + ".total", e?.Total, a?.Total);
        d.Same(field + ".fiscal", e?.Fiscal, a?.Fiscal);
        d.Same(field + ".special", e?.Special, a?.Special);
        d.Same(field + ".own", e?.Own, a?.Own);
        d.Same(field + ".carryOver", e?.CarryOver, a?.CarryOver);
        d.Same(field + ".other", e?.Other, a?.Other);
        d.Same(field + ".currency", e?.Currency, a?.Currency);
    }

    private static void Budget(Diff d, DepartmentBudget? e, DepartmentBudget? a)
    {
        d.Same("departmentBudget.total", e?.Total, a?.Total);
        foreach (var (name, ep, ap) in new[] { ("basic", e?.Basic, a?.Basic), ("project", e?.Project, a?.Project) })
        {
            d.Same($"departmentBudget.{name}.total", ep?.Total, ap?.Total);
            d.Same($"departmentBudget.{name}.fiscal", ep?.Fiscal, ap?.Fiscal);
            d.Same($"departmentBudget.{name}.special", ep?.Special, ap?.Special);
            d.Same($"departmentBudget.{name}.own", ep?.Own, ap?.Own);
        }
    }

    private static void Execution(Diff d, Execution? e, Execution? a)
    {
        d.Same("execution.initialBudget", e?.InitialBudget, a?.InitialBudget);
        d.Same("execution.budget", e?.Budget, a?.Budget);
        d.Same("execution.spent", e?.Spent, a?.Spent);
        d.Same("execution.fullScore", e?.FullScore, a?.FullScore);
        d.Same("execution.rate", e?.Rate, a?.Rate);
        d.Same("execution.score", e?.Score, a?.Score);
    }

    private sealed class Diff(List<FieldDifference> diffs, string table, string prefix = "")
    {
        public Diff In(string part) => new(diffs, table, $"{prefix}{part}.");

        public void Same<T>(string field, T expected, T actual)
        {
            var e = Show(expected);
            var a = Show(actual);
            if (e != a) diffs.Add(new FieldDifference(table, prefix + field, e, a));
        }

        // Absent and empty text are the same on a printed form; decimals compare by value (2.50 = 2.5).
        private static string Show<T>(T value) => value switch
        {
            null => "null",
            string { Length: 0 } => "null",
            string s => $"\"{s}\"",
            decimal m => m.ToString("0.##########", CultureInfo.InvariantCulture),
            _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "null",
        };
    }
}
