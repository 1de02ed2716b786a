namespace Jixiao.Entries;

/// <summary>Nearest-name suggestions for names that do not match (edit distance over characters).</summary>
public static class Names
{
    public static string? Nearest(string name, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var c in candidates.Distinct())
        {
            var d = Distance(name, c);
            if (d < bestDistance) { bestDistance = d; best = c; }
        }
        // A suggestion is only useful when the names share most of their characters.
        return best is not null && bestDistance <= Math.Max(2, Math.Max(name.Length, best.Length) * 2 / 3) ? best : null;
    }

    public static int Distance(string a, string b)
    {
        if (a.Length > 200 || b.Length > 200) return int.MaxValue;
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) prev[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (var j = 1; j <= b.Length; j++)
                cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (prev, cur) = (cur, prev);
        }
        return prev[b.Length];
    }
}
