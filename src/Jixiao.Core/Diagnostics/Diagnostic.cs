namespace Jixiao.Diagnostics;

/// <summary>A finding: a stable code, a severity, a message in Chinese, and where it points.</summary>
/// <param name="Indicator">0-based index into the table's indicators, when the finding is about one.</param>
/// <param name="Field">The field it is about, in exchange spelling (e.g. "value", "funds.total").</param>
public sealed record Diagnostic(string Code, Severity Severity, string Message, int? Line = null, int? Indicator = null, string? Field = null)
{
    /// <summary>The file the line refers to, when it is not the document itself (e.g. an actuals CSV).</summary>
    public string? File { get; init; }
}
