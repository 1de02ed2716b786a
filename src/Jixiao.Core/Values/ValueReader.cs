using System.Globalization;
using System.Text;

namespace Jixiao.Values;

/// <summary>
/// Reads a value cell (with the 指标性质 and 度量单位 cells when the table has them) into comparator, number,
/// unit and grade (DOMAIN.md §4). Never throws; a linear scan, no regular expressions.
/// </summary>
public static class ValueReader
{
    private static readonly (string Word, Comparator Cmp)[] PrefixWords =
    [
        ("大于等于", Comparator.GreaterOrEqual), ("小于等于", Comparator.LessOrEqual),
        ("不低于", Comparator.GreaterOrEqual), ("不少于", Comparator.GreaterOrEqual), ("不小于", Comparator.GreaterOrEqual),
        ("至少", Comparator.GreaterOrEqual), ("达到", Comparator.GreaterOrEqual), ("高于等于", Comparator.GreaterOrEqual),
        ("不超过", Comparator.LessOrEqual), ("不高于", Comparator.LessOrEqual), ("不大于", Comparator.LessOrEqual),
        ("不多于", Comparator.LessOrEqual), ("最多", Comparator.LessOrEqual), ("控制在", Comparator.LessOrEqual),
        ("大于", Comparator.Greater), ("高于", Comparator.Greater), ("超过", Comparator.Greater), ("多于", Comparator.Greater),
        ("小于", Comparator.Less), ("低于", Comparator.Less), ("少于", Comparator.Less),
        ("大约", Comparator.Approximately), ("约为", Comparator.Approximately), ("约", Comparator.Approximately),
        ("等于", Comparator.Equal),
    ];

    private static readonly (string Word, Comparator Cmp)[] SuffixWords =
    [
        ("及以上", Comparator.GreaterOrEqual), ("以上", Comparator.GreaterOrEqual),
        ("及以下", Comparator.LessOrEqual), ("以下", Comparator.LessOrEqual), ("以内", Comparator.LessOrEqual), ("之内", Comparator.LessOrEqual),
        ("左右", Comparator.Approximately),
    ];

    // Words that make a number a change over time rather than a level to reach: kept as text, flagged.
    private static readonly string[] TrendWords =
    [
        "递减", "递增", "逐年", "减少", "增加", "增长", "下降", "降低", "提高", "提升", "较上年", "同比", "环比", "比上年", "上升", "压缩", "缩减", "扩大",
    ];

    /// <summary>Reads the 指标性质 cell alone: a comparator, 定性/无 for qualitative, or null when it says nothing readable.</summary>
    public static Comparator? ReadNature(string? nature)
    {
        var s = Normalize(nature);
        if (s.Length == 0) return null;
        if (s is "定性" or "无" or "定性指标" or "/" or "—" or "-") return Comparator.Qualitative;
        if (s is "定量" or "定量指标") return null;
        var (cmp, len) = SymbolAt(s, 0);
        if (cmp is not null && len == s.Length) return cmp;
        foreach (var (word, c) in PrefixWords) if (s == word) return c;
        foreach (var (word, c) in SuffixWords) if (s == word) return c;
        if (s is "正向" or "正向指标") return Comparator.GreaterOrEqual;
        if (s is "反向" or "反向指标") return Comparator.LessOrEqual;
        return null;
    }

    /// <summary>Reads a value cell; <paramref name="nature"/> and <paramref name="unitCell"/> are the separate cells, if any.</summary>
    public static IndicatorValue Read(string? valueCell, string? nature = null, string? unitCell = null)
    {
        var text = JoinText(nature, valueCell, unitCell);
        var natureCmp = ReadNature(nature);
        var unitFromColumn = NormalizeUnit(Normalize(unitCell));
        var s = Normalize(valueCell);
        if (s.Length == 0)
        {
            if (natureCmp is null && unitFromColumn is null) return IndicatorValue.Empty with { Text = text };
            return IndicatorValue.Empty with { Text = text, Comparator = natureCmp == Comparator.Qualitative ? null : natureCmp };
        }

        var digitRuns = CountNumbers(s);
        if (digitRuns == 0)
        {
            // A lone symbol in the value cell ("≥") says nothing about the target.
            var (onlyCmp, l) = SymbolAt(s, 0);
            if (onlyCmp is not null && l == s.Length)
                return new IndicatorValue { Status = ValueStatus.Unreadable, Text = text };
            return new IndicatorValue
            {
                Status = ValueStatus.Qualitative,
                Comparator = Comparator.Qualitative,
                Grade = CleanGrade(valueCell!),
                Text = text,
            };
        }
        if (digitRuns > 1) return new IndicatorValue { Status = ValueStatus.Unreadable, Text = text };

        var parsed = ParseSingleNumber(s);
        if (parsed is null) return new IndicatorValue { Status = ValueStatus.Unreadable, Text = text };
        var (cmp, number, unit) = parsed.Value;
        if (unit is null && unitFromColumn is not null) unit = unitFromColumn;
        if (cmp is null && natureCmp is not null && natureCmp != Comparator.Qualitative) cmp = natureCmp;
        return new IndicatorValue
        {
            Status = ValueStatus.Number,
            Comparator = cmp,
            Number = number,
            Unit = unit,
            UnitKind = Units.Classify(unit),
            Text = text,
        };
    }

    /// <summary>Reads an amount of money or a plain number cell ("2.000000", "1,200.50", "120万元"): null when it holds no single number.</summary>
    public static decimal? ReadAmount(string? cell)
    {
        var s = Normalize(cell);
        if (s.Length == 0 || CountNumbers(s) != 1) return null;
        var p = ParseSingleNumber(s);
        return p?.Number;
    }

    // Characters trimmed from a value's prefix and suffix, allocated once rather than at every call (performance only).
    private static readonly char[] Colons = [':', '：'];
    private static readonly char[] TrailingPunctuation = ['。', '.', '，', ',', '；', ';', '、'];
    private static readonly char[] TrailingPunctuationAndBrackets = ['。', '.', '，', ',', '；', ';', '、', '）', ')'];

    // First and last characters of the words, to rule out most texts without comparing every word (performance only).
    private static readonly System.Buffers.SearchValues<char> TrendWordStarts = System.Buffers.SearchValues.Create(string.Concat(TrendWords.Select(w => w[0])));
    private static readonly System.Buffers.SearchValues<char> SuffixWordStarts = System.Buffers.SearchValues.Create(string.Concat(SuffixWords.Select(w => w.Word[0])));
    private static readonly HashSet<char> PrefixWordEnds = PrefixWords.Select(w => w.Word[^1]).ToHashSet();

    private static (Comparator? Cmp, decimal Number, string? Unit)? ParseSingleNumber(string s)
    {
        // Locate the number.
        var start = -1;
        for (var i = 0; i < s.Length; i++) if (IsDigit(s[i])) { start = i; break; }
        if (start < 0) return null;
        var end = start;
        while (end < s.Length && (IsDigit(s[end]) || s[end] == '.' || (s[end] == ',' && end + 1 < s.Length && IsDigit(s[end + 1])))) end++;
        var numText = s[start..end].Replace(",", "", StringComparison.Ordinal).TrimEnd('.');
        var negative = start > 0 && s[start - 1] == '-' && (start == 1 || !IsDigit(s[start - 2]));
        if (!decimal.TryParse(numText, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)) return null;
        if (negative) number = -number;
        number = Normalize(number);

        var prefix = s[..(negative ? start - 1 : start)];
        var suffix = s[end..];
        if (ContainsTrendWord(prefix) || ContainsTrendWord(suffix)) return null;

        // Comparator: a symbol or word at the end of the prefix, else a word after the number.
        Comparator? cmp = null;
        var p = prefix.TrimEnd(Colons);
        for (var i = 0; i < p.Length && cmp is null; i++)
        {
            var (c, len) = SymbolAt(p, i);
            if (c is not null && i + len == p.Length) cmp = c;
        }
        if (cmp is null && p.Length > 0 && PrefixWordEnds.Contains(p[^1]))
            foreach (var (word, c) in PrefixWords)
                if (p.EndsWith(word, StringComparison.Ordinal)) { cmp = c; break; }

        // Multiplier right after the number (4千, 2万, 1.5亿) unless it starts a unit (万元, 千米, 千克).
        if (suffix.Length > 0)
        {
            var m = suffix[0] switch { '千' => 1000m, '万' => 10000m, '亿' => 100000000m, '百' when !suffix.StartsWith("百分", StringComparison.Ordinal) => 100m, _ => 0m };
            var rest = suffix.Length > 1 ? suffix[1..] : "";
            var startsUnit = rest.StartsWith('元') || rest.StartsWith('米') || rest.StartsWith('克') || rest.StartsWith('瓦') || rest.StartsWith("字节", StringComparison.Ordinal);
            if (m > 0 && !startsUnit) { number = Normalize(number * m); suffix = rest; }
        }

        // Word comparator after the unit (75%以上, 24小时以内).
        suffix = suffix.TrimEnd(TrailingPunctuation);
        var suffixWords = suffix.AsSpan().IndexOfAny(SuffixWordStarts) < 0 ? [] : SuffixWords;
        foreach (var (word, c) in suffixWords)
        {
            var at = suffix.IndexOf(word, StringComparison.Ordinal);
            if (at >= 0)
            {
                cmp ??= c;
                suffix = suffix[..at] + suffix[(at + word.Length)..];
                break;
            }
        }
        suffix = suffix.TrimEnd(TrailingPunctuationAndBrackets);
        return (cmp, number, NormalizeUnit(suffix));
    }

    /// <summary>Drops trailing zeros of the written scale (2.000000 → 2) so numbers compare and print as people expect.</summary>
    private static decimal Normalize(decimal d) =>
        // A whole number other than 0 has no trailing zeros to drop: the division would return it unchanged (performance only).
        d.Scale == 0 && d != 0 ? d : d / 1.000000000000000000000000000000000m;

    private static string? NormalizeUnit(string u)
    {
        if (u.Length == 0) return null;
        if (u.StartsWith("百分比", StringComparison.Ordinal) || u == "%" || u.StartsWith('%')) return "%";
        if (u.Length > 12) return null;
        return u;
    }

    /// <summary>A comparator symbol starting at <paramref name="i"/>, with its length.</summary>
    private static (Comparator?, int) SymbolAt(string s, int i)
    {
        var c = s[i];
        var next = i + 1 < s.Length ? s[i + 1] : '\0';
        return c switch
        {
            '≥' or '≧' or '⩾' => (Comparator.GreaterOrEqual, 1),
            '≤' or '≦' or '⩽' => (Comparator.LessOrEqual, 1),
            '>' when next == '=' => (Comparator.GreaterOrEqual, 2),
            '<' when next == '=' => (Comparator.LessOrEqual, 2),
            '>' => (Comparator.Greater, 1),
            '<' => (Comparator.Less, 1),
            '=' or '═' => (Comparator.Equal, 1),
            '≈' or '≅' or '≃' or '~' or '∽' => (Comparator.Approximately, 1),
            _ => (null, 0),
        };
    }

    private static int CountNumbers(string s)
    {
        var count = 0;
        var inNumber = false;
        for (var i = 0; i < s.Length; i++)
        {
            var d = IsDigit(s[i]);
            var joiner = inNumber && (s[i] == '.' || s[i] == ',') && i + 1 < s.Length && IsDigit(s[i + 1]);
            if (d && !inNumber) count++;
            inNumber = d || joiner;
        }
        return count;
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static bool ContainsTrendWord(string s)
    {
        // A text holding none of the words' first characters holds none of the words (performance only).
        if (s.AsSpan().IndexOfAny(TrendWordStarts) < 0) return false;
        foreach (var w in TrendWords) if (s.Contains(w, StringComparison.Ordinal)) return true;
        return false;
    }

    private static string CleanGrade(string cell) => cell.Trim().Trim('\u3000');

    private static string JoinText(params string?[] parts)
    {
        // One part, the usual case, is itself (performance only).
        string? only = null;
        var count = 0;
        foreach (var p in parts)
        {
            var t = p?.Trim();
            if (string.IsNullOrEmpty(t)) continue;
            only = t;
            count++;
        }
        if (count <= 1) return only ?? "";
        var sb = new StringBuilder();
        foreach (var p in parts)
        {
            var t = p?.Trim();
            if (string.IsNullOrEmpty(t)) continue;
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(t);
        }
        return sb.ToString();
    }

    /// <summary>Whether <see cref="Normalize(string?)"/> would change anything (performance only: most cells are already plain).</summary>
    private static bool NeedsNormalizing(string s)
    {
        foreach (var c in s)
            if (c is >= '\uFF01' and <= '\uFF5E' || char.IsWhiteSpace(c) || c == '\u3000' || c == '\u00A0' || c == '﹪') return true;
        return false;
    }

    /// <summary>Full-width forms to ASCII, comparator variants unified, all white space dropped.</summary>
    internal static string Normalize(string? s)
    {
        if (string.IsNullOrEmpty(s)) return "";
        if (!NeedsNormalizing(s)) return s;
        var sb = new StringBuilder(s.Length);
        foreach (var ch in s)
        {
            var c = ch;
            if (c is >= '\uFF01' and <= '\uFF5E') c = (char)(c - 0xFEE0); // full-width ASCII
            if (char.IsWhiteSpace(c) || c == '\u3000' || c == '\u00A0') continue;
            if (c == '﹪') c = '%';
            sb.Append(c);
        }
        return sb.ToString();
    }
}
