using Jixiao.Diagnostics;
using Jixiao.Documents.Writing;
using Jixiao.Model;

namespace Jixiao.Web.Pages;

/// <summary>What the official-form partial draws: the laid-out table, and the worst finding of each indicator row.</summary>
public sealed record OfficialFormView(LayoutGrid Grid, IReadOnlyDictionary<int, string> Severity)
{
    public static OfficialFormView Of(TargetTable table, IEnumerable<Diagnostic> findings)
    {
        var worst = findings.Where(f => f.Indicator is not null).GroupBy(f => f.Indicator!.Value)
            .ToDictionary(g => g.Key, g => g.Max(f => f.Severity) switch { Jixiao.Diagnostics.Severity.Error => "error", Jixiao.Diagnostics.Severity.Warning => "warning", _ => "info" });
        return new OfficialFormView(OfficialLayout.Build(table), worst);
    }
}
