namespace Jixiao.Generator;

/// <summary>
/// Integer weights adding to the table's total (100, or 90 when 预算执行率 keeps its 10), split by level 1 near the
/// guidance 产出 50 / 效益 30 / 满意度 10 so that no share strays far enough to be reported.
/// </summary>
internal static class Weights
{
    private static readonly string[] Level1Order = ["产出指标", "效益指标", "满意度指标"];

    public static void Assign(Rng rng, TableSpec t)
    {
        foreach (var i in t.Indicators) i.Weight = null;
        if (!t.Weighted) return;
        var total = t.WeightTotal;
        var groups = Level1Order.Select(l => t.Indicators.Where(i => i.Level1 == l).ToList()).ToList();
        var shares = new[] { 5m, 3m, 1m };
        var present = Enumerable.Range(0, 3).Where(g => groups[g].Count > 0).ToList();
        var sum = present.Sum(g => shares[g]);
        var points = new int[3];
        var used = 0;
        for (var k = 0; k < present.Count; k++)
        {
            var g = present[k];
            if (k == present.Count - 1) { points[g] = total - used; break; }
            var jitter = g == 0 ? rng.Int(-3, 3) : rng.Int(-2, 2);
            points[g] = Math.Max(groups[g].Count, (int)Math.Round(total * shares[g] / sum) + jitter);
            used += points[g];
        }
        foreach (var g in present)
        {
            var members = groups[g];
            var each = points[g] / members.Count;
            var rest = points[g] - each * members.Count;
            foreach (var m in members) m.Weight = each;
            for (var r = 0; r < rest; r++) members[rng.Int(0, members.Count - 1)].Weight++;
        }
    }
}
