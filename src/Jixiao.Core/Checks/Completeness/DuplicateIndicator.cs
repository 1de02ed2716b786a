using Jixiao.Diagnostics;

namespace Jixiao.Checks.Completeness;

/// <summary>JX110: the same indicator twice in one table and horizon.</summary>
public sealed class DuplicateIndicator : Check
{
    public override string Code => "JX110";
    public override string Title => "同一指标重复出现";
    public override Severity Severity => Severity.Warning;

    public override IEnumerable<Diagnostic> Run(CheckContext c)
    {
        var seen = new Dictionary<(string, Model.Horizon), int>();
        foreach (var (i, k) in c.Indexed)
        {
            if (string.IsNullOrWhiteSpace(i.Name)) continue;
            var key = (Normalize(i.Name), i.Horizon);
            if (seen.TryGetValue(key, out var first))
                yield return AtIndicator(c, k, $"指标“{i.Name}”在本表中重复出现（第 {c.Table.Indicators[first].Line} 行已有），请合并或删除其一。", "name");
            else seen[key] = k;
        }
    }

    private static string Normalize(string s) =>
        // Most names have nothing to drop (performance only).
        s.Any(ch => char.IsWhiteSpace(ch) || char.IsPunctuation(ch)) ? new(s.Where(ch => !char.IsWhiteSpace(ch) && !char.IsPunctuation(ch)).ToArray()) : s;
}
