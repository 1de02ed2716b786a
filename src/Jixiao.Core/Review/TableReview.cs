using Jixiao.Diagnostics;
using Jixiao.Model;
using Jixiao.Profiles;

namespace Jixiao.Review;

/// <summary>A reviewed table: its findings (reader and checks, sorted by line) and the grade they give.</summary>
public sealed record TableReview(TargetTable Table, IReadOnlyList<Diagnostic> Findings, decimal Score, Grade Grade)
{
    public int Errors => Findings.Count(f => f.Severity == Severity.Error);
    public int Warnings => Findings.Count(f => f.Severity == Severity.Warning);
    public int Infos => Findings.Count(f => f.Severity == Severity.Info);
}
