using Jixiao.Checks;
using Jixiao.Diagnostics;
using Jixiao.Model;
using Jixiao.Profiles;

namespace Jixiao.Review;

/// <summary>Runs the check catalogue over the tables of a document under a profile, and grades each table.</summary>
public static class Reviewer
{
    public static DocumentReview Review(ReadResult read, Profile profile, IEnumerable<Check>? checks = null)
    {
        var catalogue = (checks ?? CheckCatalogue.All).Where(c => !profile.Disabled.Contains(c.Code)).ToList();
        var reviews = read.Tables.Select(t => Review(t, read.Tables, profile, catalogue)).ToList();
        return new DocumentReview(read, reviews);
    }

    public static TableReview Review(TargetTable table, IReadOnlyList<TargetTable> document, Profile profile, IReadOnlyList<Check>? checks = null)
    {
        var context = new CheckContext(table, document, profile);
        var findings = new List<Diagnostic>();
        var active = (checks ?? CheckCatalogue.All).Where(c => !profile.Disabled.Contains(c.Code)).ToList();
        // The reader's "no indicators, table may be incomplete" is what JX105 reports, when JX105 runs.
        var replaced = active.Exists(c => c.Code == "JX105");
        findings.AddRange(table.Diagnostics.Where(d => !(replaced && d.Code == ReadingCodes.TableWithoutIndicators) && !profile.Disabled.Contains(d.Code)));
        foreach (var check in active) findings.AddRange(check.Run(context));
        var final = findings
            .Select(f => profile.SeverityOverrides.TryGetValue(f.Code, out var s) ? f with { Severity = s } : f)
            .OrderBy(f => f.Line ?? table.Line).ThenBy(f => f.Indicator ?? -1).ThenBy(f => f.Code, StringComparer.Ordinal)
            .ToList();
        var (score, grade) = profile.Grade.Apply(final);
        return new TableReview(table, final, score, grade);
    }
}
