using Jixiao.Diagnostics;

namespace Jixiao.Checks.Completeness;

/// <summary>JX109: template placeholders left in the table (指标1：, ……, **%, XX).</summary>
public sealed class TemplatePlaceholder : Check
{
    public override string Code => "JX109";
    public override string Title => "残留模板占位内容";
    public override Severity Severity => Severity.Error;

    public override IEnumerable<Diagnostic> Run(CheckContext c)
    {
        foreach (var (i, k) in c.Indexed)
        {
            if (Placeholder(i.Name) is { } p1) yield return AtIndicator(c, k, $"指标名称“{i.Name}”含模板占位内容“{p1}”，请改为实际指标。", "name");
            else if (Placeholder(i.Value.Text) is { } p2) yield return AtIndicator(c, k, $"指标“{i.Name}”的指标值“{i.Value.Text}”含模板占位内容“{p2}”，请填写实际目标值。");
        }
        if (Placeholder(c.Table.Goals.Annual) is { } p3)
            yield return Finding($"年度目标含模板占位内容“{p3}”，请填写实际目标。", c.Table.Line, field: "goals.annual");
    }

    /// <summary>The placeholder found in a text, or null.</summary>
    public static string? Placeholder(string? s)
    {
        if (string.IsNullOrEmpty(s)) return null;
        foreach (var p in new[] { "……", "...", "**", "XX", "xx", "××", "ＸＸ", "＊＊", "（填写", "(填写", "请填写" })
            if (s.Contains(p, StringComparison.Ordinal)) return p;
        // 指标1：, 指标2
        var at = s.IndexOf("指标", StringComparison.Ordinal);
        if (at >= 0 && at + 2 < s.Length && char.IsAsciiDigit(s[at + 2]) && s.Length <= at + 5) return s[at..];
        return null;
    }
}
