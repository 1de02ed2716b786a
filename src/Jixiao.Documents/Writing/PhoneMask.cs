using System.Text.RegularExpressions;

namespace Jixiao.Documents.Writing;

/// <summary>Hides the middle four digits of mainland mobile numbers (`19112413693` → `191****3693`) on published views (DOMAIN.md §9).</summary>
public static partial class PhoneMask
{
    public static string Apply(string text) => string.IsNullOrEmpty(text) ? text : Mobile().Replace(text, "$1****$3");

    // 11 digits starting 13–19, also written with spaces or hyphens (`191-1241-3693`), and not part of a longer number.
    [GeneratedRegex(@"(?<![0-9])(1[3-9][0-9])[- ]?([0-9]{4})[- ]?([0-9]{4})(?![0-9])")]
    private static partial Regex Mobile();
}
