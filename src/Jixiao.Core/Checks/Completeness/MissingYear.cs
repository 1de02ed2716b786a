using Jixiao.Diagnostics;

namespace Jixiao.Checks.Completeness;

/// <summary>JX102: a table that states no budget year.</summary>
public sealed class MissingYear : Check
{
    public override string Code => "JX102";
    public override string Title => "未注明预算年度";
    public override Severity Severity => Severity.Warning;

    public override IEnumerable<Diagnostic> Run(CheckContext c)
    {
        if (c.Table.Year is null)
            yield return Finding($"表“{c.TableName}”没有注明预算年度，请在表头写明（如“2024 年度”）。", c.Table.Line, field: "year");
    }
}
