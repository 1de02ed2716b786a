using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Jixiao.Tests.Reading;

/// <summary>Compares the reader's exchange JSON with a hand-written golden, listing every field that differs.</summary>
internal static class GoldenComparer
{
    private static readonly string[] TableKeys =
    [
        "kind", "stage", "year", "unit", "unitCode", "department", "departmentCode", "projectName", "projectCode", "manager", "phone",
        "projectType", "duration", "funds", "midTermFunds", "departmentBudget", "fundsUsage", "spendingPlan", "execution", "publishedTotal",
    ];

    private static readonly string[] IndicatorKeys =
    [
        "line", "level1", "level2", "name", "comparator", "value", "unit", "grade", "weight", "horizon", "description", "basis", "actual", "score",
    ];

    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static List<string> Compare(JsonObject golden, JsonObject actual)
    {
        var diffs = new List<string>();
        var gt = golden["tables"]!.AsArray();
        var at = actual["tables"]!.AsArray();
        if (gt.Count != at.Count) diffs.Add($"tables: expected {gt.Count}, got {at.Count}");
        for (var t = 0; t < Math.Min(gt.Count, at.Count); t++)
        {
            var g = gt[t]!.AsObject();
            var a = at[t]!.AsObject();
            var where = $"table {t} ({g["projectName"] ?? g["unit"]})";
            foreach (var key in TableKeys)
                if (g.ContainsKey(key)) Same(diffs, $"{where}.{key}", g[key], a[key]);
            if (g["goals"] is JsonObject gg)
                foreach (var (k, v) in gg) Same(diffs, $"{where}.goals.{k}", v, a["goals"]?[k]);
            var gi = g["indicators"]!.AsArray();
            var ai = a["indicators"]!.AsArray();
            if (gi.Count != ai.Count) diffs.Add($"{where}.indicators: expected {gi.Count}, got {ai.Count}");
            for (var i = 0; i < Math.Min(gi.Count, ai.Count); i++)
            {
                var gx = gi[i]!.AsObject();
                var ax = ai[i]!.AsObject();
                foreach (var key in IndicatorKeys)
                    if (gx.ContainsKey(key)) Same(diffs, $"{where}.indicators[{i}] (line {gx["line"]}).{key}", gx[key], ax[key]);
            }
        }
        return diffs;
    }

    private static void Same(List<string> diffs, string path, JsonNode? expected, JsonNode? actual)
    {
        if (Equal(expected, actual)) return;
        diffs.Add($"{path}: expected {expected?.ToJsonString(Readable) ?? "null"}, got {actual?.ToJsonString(Readable) ?? "null"}");
    }

    private static bool Equal(JsonNode? e, JsonNode? a)
    {
        if (IsEmpty(e) && IsEmpty(a)) return true;
        if (e is null || a is null) return false;
        if (e is JsonObject eo)
        {
            if (a is not JsonObject ao) return false;
            foreach (var (k, v) in eo)
                if (k != "note" && !Equal(v, ao[k])) return false;
            return true;
        }
        if (e is JsonArray ea)
        {
            if (a is not JsonArray aa || ea.Count != aa.Count) return false;
            for (var i = 0; i < ea.Count; i++) if (!Equal(ea[i], aa[i])) return false;
            return true;
        }
        var ev = e.AsValue();
        var av = a.AsValue();
        if (ev.TryGetValue<decimal>(out var ed) && av.TryGetValue<decimal>(out var ad)) return ed == ad;
        if (ev.TryGetValue<double>(out var edd) && av.TryGetValue<double>(out var add)) return Math.Abs(edd - add) < 1e-9;
        return string.Equals(Convert.ToString(ev.ToString(), CultureInfo.InvariantCulture), av.ToString(), StringComparison.Ordinal);
    }

    /// <summary>An absent list and an empty list say the same: nothing is stated.</summary>
    private static bool IsEmpty(JsonNode? n) => n is null || n is JsonArray { Count: 0 };
}
