namespace Jixiao.Reading;

/// <summary>Small recognisers for header text: titles, years, codes, phones, currencies, prose.</summary>
internal static class Text
{
    private static readonly string[] TitleWords = ["绩效目标表", "目标申报表", "目标批复表", "自评表", "绩效目标申报", "绩效目标审核表", "绩效监控表", "运行监控表"];

    public static bool IsTitle(string s)
    {
        if (s.Length is < 4 or > 80) return false;
        // The title words first: they are cheap to look for and rule out almost every cell (performance only).
        if (!HasTitleWords(s)) return false;
        if (Keys.Match(s, out _, out _) != FactKey.None) return false;
        return !s.Contains('：') || s.StartsWith("附件", StringComparison.Ordinal);
    }

    /// <summary>Every title holds 表, 绩 or 评; text without any of them is no title, nor part of one.</summary>
    public static bool HasTitleChar(string s) => s.AsSpan().IndexOfAny('表', '绩', '评') >= 0;

    private static bool HasTitleWords(string s)
    {
        if (!HasTitleChar(s)) return false;
        foreach (var w in TitleWords) if (s.Contains(w, StringComparison.Ordinal)) return true;
        if (s.Contains("绩效目标", StringComparison.Ordinal) && s.EndsWith('表')) return true;
        // A department part written in prose: 第一部分 部门整体绩效目标.
        return s.Contains("部门", StringComparison.Ordinal) && s.Contains("整体", StringComparison.Ordinal) && s.Contains("绩效目标", StringComparison.Ordinal) && s.Length <= 30;
    }

    /// <summary>第一部分, 第二部分 …: a part of a document, which ends the table before it.</summary>
    public static bool IsPartBreak(string s) =>
        s.Length <= 6 && s.StartsWith('第') && s.EndsWith("部分", StringComparison.Ordinal);

    /// <summary>Removes Word field codes left in extracted text: `标题 TC 标题 \f A \l 1`.</summary>
    public static string StripFieldCodes(string s)
    {
        var at = s.IndexOf(" TC ", StringComparison.Ordinal);
        if (at > 0 && (s.Contains("\\l", StringComparison.Ordinal) || s.Contains("\\f", StringComparison.Ordinal))) return s[..at].Trim();
        return s;
    }

    /// <summary>A budget year written in the text: 2023年, （ 2023 年度）, 预算年度:2023.</summary>
    public static int? FindYear(string s)
    {
        for (var i = 0; i + 4 <= s.Length; i++)
        {
            if (!IsDigitRun(s, i, 4) || (i > 0 && char.IsAsciiDigit(s[i - 1])) || (i + 4 < s.Length && char.IsAsciiDigit(s[i + 4]))) continue;
            var year = int.Parse(s.AsSpan(i, 4), System.Globalization.CultureInfo.InvariantCulture);
            if (year is < 1990 or > 2100) continue;
            var j = i + 4;
            while (j < s.Length && s[j] == ' ') j++;
            if (j < s.Length && s[j] == '年') return year;
            if (j == s.Length && s.Trim().Length == 4) return year;
        }
        return null;
    }

    private static bool IsDigitRun(string s, int at, int n)
    {
        for (var k = 0; k < n; k++) if (!char.IsAsciiDigit(s[at + k])) return false;
        return true;
    }

    /// <summary>A phone number in a cell such as `陶俐 19112413693` or `0551-1234567`.</summary>
    public static string? FindPhone(string s)
    {
        var start = -1;
        for (var i = 0; i <= s.Length; i++)
        {
            var ok = i < s.Length && (char.IsAsciiDigit(s[i]) || (s[i] == '-' && start >= 0));
            if (ok) { if (start < 0) start = i; continue; }
            if (start >= 0)
            {
                var run = s[start..i].TrimEnd('-');
                if (run.Count(char.IsAsciiDigit) >= 7) return run;
                start = -1;
            }
        }
        return null;
    }

    /// <summary>Splits a code off a name: `[007]六安市人民政府信访局`, `207002中国共产党临西县委员会信访局`, `某局（007）`.</summary>
    public static (string? Code, string Name) SplitCode(string s)
    {
        s = s.Trim();
        if (s.Length > 2 && s[0] is '[' or '【' or '(' or '（')
        {
            var close = s.IndexOfAny([']', '】', ')', '）']);
            if (close > 1 && s[1..close].All(char.IsAsciiDigit)) return (s[1..close], s[(close + 1)..].Trim());
        }
        var d = 0;
        while (d < s.Length && char.IsAsciiDigit(s[d])) d++;
        if (d >= 3 && d < s.Length && !char.IsAsciiDigit(s[d]) && s[d] > 0x2E80) return (s[..d], s[d..].Trim());
        if (d >= 3 && d + 1 < s.Length && s[d] is '-' or ' ' or '_') return (s[..d], s[(d + 1)..].Trim());
        return (null, s);
    }

    /// <summary>An unlabelled line holding a unit code and a unit name: `207002中国共产党临西县委员会信访局`.</summary>
    public static bool TryUnitWithCode(string s, out string? code, out string unit)
    {
        (code, unit) = SplitCode(s);
        return code is not null && unit.Length is >= 3 and <= 40 && !unit.Any(char.IsAsciiDigit);
    }

    /// <summary>The currency a cell names (`万元`, `元`, `（万元）`, `单位：万元`), or null.</summary>
    public static string? Currency(string? s)
    {
        if (s is null) return null;
        var t = s.Trim().Trim('（', '）', '(', ')', ' ');
        var colon = t.IndexOfAny([':', '：']);
        if (colon >= 0) t = t[(colon + 1)..].Trim();
        return t is "万元" or "元" or "亿元" or "千元" ? t : null;
    }

    /// <summary>Whether a cell says “nothing” rather than an amount.</summary>
    public static bool IsNil(string s) => s.Trim() is "" or "无" or "/" or "—" or "-" or "－" or "——";

    /// <summary>Free text rather than a label or a number: a goal paragraph, a funds-usage sentence.</summary>
    public static bool IsProse(string s) => s.Length >= 8 && !Framework.IndicatorFramework.Match(s).IsLabel;

    public static string FundsLabel(FactKey key) => key switch
    {
        FactKey.AnnualTotal => "年度资金总额",
        FactKey.MidTermTotal => "中期资金总额",
        FactKey.Fiscal => "财政拨款",
        FactKey.Special => "专户资金",
        FactKey.Own => "单位资金",
        FactKey.CarryOver => "结余结转",
        FactKey.Other => "其他资金",
        FactKey.DepartmentTotal => "预算支出总额",
        _ => "资金",
    };
}
