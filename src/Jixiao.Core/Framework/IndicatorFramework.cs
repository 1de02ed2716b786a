namespace Jixiao.Framework;

/// <summary>The fixed level-1/level-2 framework (DOMAIN.md §3): canonical names and the reading of labels as written.</summary>
public static class IndicatorFramework
{
    public static string Name(this Level1 l) => l switch
    {
        Level1.Output => "产出指标",
        Level1.Effect => "效益指标",
        Level1.Satisfaction => "满意度指标",
        _ => "成本指标",
    };

    public static string Name(this Level2 l) => l switch
    {
        Level2.Quantity => "数量指标",
        Level2.Quality => "质量指标",
        Level2.Timeliness => "时效指标",
        Level2.Cost => "成本指标",
        Level2.Economic => "经济效益指标",
        Level2.Social => "社会效益指标",
        Level2.Ecological => "生态效益指标",
        Level2.Sustainable => "可持续影响指标",
        Level2.Satisfaction => "服务对象满意度指标",
        Level2.EconomicCost => "经济成本指标",
        Level2.SocialCost => "社会成本指标",
        _ => "生态环境成本指标",
    };

    /// <summary>The level 1 a level 2 belongs to.</summary>
    public static Level1 Parent(this Level2 l) => l switch
    {
        Level2.Quantity or Level2.Quality or Level2.Timeliness or Level2.Cost => Level1.Output,
        Level2.Economic or Level2.Social or Level2.Ecological or Level2.Sustainable => Level1.Effect,
        Level2.Satisfaction => Level1.Satisfaction,
        _ => Level1.Cost,
    };

    public static Level1? ParseLevel1(string? canonical) =>
        Enum.GetValues<Level1>().Cast<Level1?>().FirstOrDefault(l => l!.Value.Name() == canonical);

    public static Level2? ParseLevel2(string? canonical) =>
        Enum.GetValues<Level2>().Cast<Level2?>().FirstOrDefault(l => l!.Value.Name() == canonical);

    // Stems after decorations are removed. Order matters: longer, more specific stems first.
    private static readonly (string Stem, Level1? L1, Level2? L2)[] Stems =
    [
        ("服务对象满意度", null, Level2.Satisfaction),
        ("社会公众满意度", null, Level2.Satisfaction),
        ("满意度", Level1.Satisfaction, Level2.Satisfaction),
        ("预期产出", Level1.Output, null),
        ("产出", Level1.Output, null),
        ("预期效果", Level1.Effect, null),
        ("预期效益", Level1.Effect, null),
        ("效果", Level1.Effect, null),
        ("效益", Level1.Effect, null),
        ("数量", null, Level2.Quantity),
        ("质量", null, Level2.Quality),
        ("时效", null, Level2.Timeliness),
        ("经济成本", null, Level2.EconomicCost),
        ("社会成本", null, Level2.SocialCost),
        ("生态环境成本", null, Level2.EcologicalCost),
        ("环境成本", null, Level2.EcologicalCost),
        ("成本", Level1.Cost, Level2.Cost),
        ("经济效益", null, Level2.Economic),
        ("社会效益", null, Level2.Social),
        ("生态效益", null, Level2.Ecological),
        ("可持续发展能力", null, Level2.Sustainable),
        ("可持续影响", null, Level2.Sustainable),
        ("可持续发展", null, Level2.Sustainable),
    ];

    // A label's core starts as one of the stems does: other texts are ruled out at once (performance only).
    private static readonly HashSet<char> StemStarts = Stems.Select(s => s.Stem[0]).ToHashSet();

    /// <summary>
    /// Reads a label cell as written: decorated (数量指标（必填硬性指标）, 1、产出指标, 成本指标(0-20)分) or truncated
    /// (满意度指, 可持续影). Anything that is not a framework label gives an empty match.
    /// </summary>
    public static LabelMatch Match(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 40) return default;
        var core = Core(text);
        if (core.Length < 2 || !StemStarts.Contains(core[0])) return default;
        foreach (var (stem, l1, l2) in Stems)
        {
            if (core == stem) return new LabelMatch(l1, l2);
            // A truncated stem: the cell was cut inside the label (可持续影 for 可持续影响).
            if (stem.Length >= 4 && core.Length >= 4 && stem.StartsWith(core, StringComparison.Ordinal)) return new LabelMatch(l1, l2);
        }
        return default;
    }

    /// <summary>The label without numbering, brackets, and the trailing 指标 (or a truncated 指).</summary>
    private static string Core(string text)
    {
        // A label with no white space, brackets or numbering needs no stripping (performance only).
        if (IsPlain(text)) return TrimSuffix(text);
        var s = text.Trim();
        s = StripNumbering(s);
        s = StripBrackets(s);
        s = s.Replace(" ", "", StringComparison.Ordinal).Replace("\u3000", "", StringComparison.Ordinal);
        return TrimSuffix(s);
    }

    private static bool IsPlain(string text)
    {
        var first = text[0];
        if (char.IsDigit(first) || "一二三四五六七八九十".Contains(first)) return false;
        foreach (var c in text)
            if (char.IsWhiteSpace(c) || c is '（' or '(' or '【' or '[' or '）' or ')' or '】' or ']') return false;
        return true;
    }

    private static string TrimSuffix(string s)
    {
        // A trailing score band such as "成本指标(0-20)分" leaves a "分" after the brackets.
        if (s.EndsWith("分", StringComparison.Ordinal) && s.Length > 3) s = s[..^1];
        if (s.EndsWith("指标", StringComparison.Ordinal)) s = s[..^2];
        else if (s.EndsWith("指", StringComparison.Ordinal)) s = s[..^1];
        if (s.EndsWith("类", StringComparison.Ordinal)) s = s[..^1];
        return s;
    }

    private static string StripNumbering(string s)
    {
        // 1、 2. （一） 一、 (1)
        var i = 0;
        while (i < s.Length && (char.IsDigit(s[i]) || "一二三四五六七八九十".Contains(s[i]))) i++;
        if (i > 0 && i < s.Length && "、.．)）".Contains(s[i])) return s[(i + 1)..].TrimStart();
        return s;
    }

    private static string StripBrackets(string s)
    {
        var sb = new System.Text.StringBuilder(s.Length);
        var depth = 0;
        foreach (var ch in s)
        {
            if (ch is '（' or '(' or '【' or '[') { depth++; continue; }
            if (ch is '）' or ')' or '】' or ']') { if (depth > 0) depth--; continue; }
            if (depth == 0) sb.Append(ch);
        }
        return sb.ToString();
    }
}
