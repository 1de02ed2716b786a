using Jixiao.Diagnostics;

namespace Jixiao.Model;

/// <summary>What reading one document gave: every table that could be read, and findings about the document as a whole.</summary>
public sealed record ReadResult(string Source, IReadOnlyList<TargetTable> Tables, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The text encoding that was detected, e.g. "utf-8", "gb18030".</summary>
    public string? Encoding { get; init; }
}
