using Jixiao.Diagnostics;
using Jixiao.Model;

namespace Jixiao.Review;

/// <summary>A reviewed document: every table's review and the document-level findings of reading.</summary>
public sealed record DocumentReview(ReadResult Read, IReadOnlyList<TableReview> Tables)
{
    public IReadOnlyList<Diagnostic> DocumentFindings => Read.Diagnostics;

    public bool HasErrors => Tables.Any(t => t.Errors > 0) || DocumentFindings.Any(d => d.Severity == Severity.Error);
}
