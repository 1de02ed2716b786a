using Jixiao.Diagnostics;
using Jixiao.Generator;
using Jixiao.Review;

namespace Jixiao.Cli;

/// <summary>
/// Compares a review with what the generator planted. A finding that matches a planted mistake (same table, same
/// code, and the same indicator when the mistake concerns one) is a true positive; every other finding, on a clean
/// table or not, is a false positive; a planted mistake without a matching finding is missed.
/// </summary>
public sealed class AccuracyTally
{
    public long Planted { get; private set; }
    public long Found { get; private set; }
    public long TruePositives { get; private set; }
    public long FalsePositives { get; private set; }
    public long CleanTables { get; private set; }
    public long CleanTablesWithFindings { get; private set; }
    public List<string> Examples { get; } = [];
    public int MaxExamples { get; init; } = 10;

    public double Recall => Planted == 0 ? 1 : (double)Found / Planted;
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public void Add(GeneratedDocument doc, DocumentReview review)
    {
        foreach (var d in review.DocumentFindings) Unexpected(doc, null, d);
        if (review.Tables.Count != doc.Tables.Count)
            Example($"{doc.FileName}: 读到 {review.Tables.Count} 张表，应为 {doc.Tables.Count} 张");
        for (var k = 0; k < doc.Tables.Count; k++)
        {
            var expected = doc.Tables[k].Mistake;
            if (expected is null) CleanTables++;
            else Planted++;
            var findings = k < review.Tables.Count ? review.Tables[k].Findings : [];
            var found = false;
            foreach (var f in findings)
            {
                if (expected is not null && f.Code == expected.Code && (expected.Indicator is null || f.Indicator == expected.Indicator))
                {
                    TruePositives++;
                    found = true;
                }
                else Unexpected(doc, k, f);
            }
            if (found) Found++;
            else if (expected is not null) Example($"{doc.FileName} 表 {k}（{expected.TableName}）: 未发现埋入的 {expected.Code} {expected.Mistake}{(expected.Indicator is { } i ? $"，指标 {i}（{expected.IndicatorName}）" : "")}");
            if (expected is null && findings.Count > 0) CleanTablesWithFindings++;
        }
        for (var k = doc.Tables.Count; k < review.Tables.Count; k++)
            foreach (var f in review.Tables[k].Findings) Unexpected(doc, k, f);
    }

    private void Unexpected(GeneratedDocument doc, int? table, Diagnostic d)
    {
        FalsePositives++;
        Example($"{doc.FileName}{(table is { } k ? $" 表 {k}" : "")}:{d.Line}: 多余的 {d.Severity.ToString().ToLowerInvariant()} {d.Code}: {d.Message}");
    }

    private void Example(string s)
    {
        if (Examples.Count < MaxExamples) Examples.Add(s);
    }

    public void Merge(AccuracyTally other)
    {
        Planted += other.Planted;
        Found += other.Found;
        TruePositives += other.TruePositives;
        FalsePositives += other.FalsePositives;
        CleanTables += other.CleanTables;
        CleanTablesWithFindings += other.CleanTablesWithFindings;
        foreach (var e in other.Examples) Example(e);
    }
}
