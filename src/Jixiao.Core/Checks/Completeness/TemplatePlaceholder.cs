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

    /// <summary>The placeholder found in a text, or null: XX, ××, **%, （填写…）, a text of dots or stars only, 指标1：.</summary>
    public static string? Placeholder(string? s)
    {
        if (string.IsNullOrWhiteSpace(s)) return null;
        var t = s.Trim();
        foreach (var p in new[] { "XX", "ＸＸ", "××", "**%", "＊＊%", "（填写", "(填写", "请填写", "（请填", "(请填" })
            if (t.Contains(p, StringComparison.Ordinal)) return p;
        if (t.All(c => c is '…' or '.' or '*' or '＊' or '·' or ' ' or 'x' or 'X' or '×')) return t;
        // 指标1：, 指标2 — a numbered name left from the template.
        if (t.StartsWith("指标", StringComparison.Ordinal) && t.Length is > 2 and <= 5 && char.IsAsciiDigit(t[2])) return t;
        return null;
    }
}
