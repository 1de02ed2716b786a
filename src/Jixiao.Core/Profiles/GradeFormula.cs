using Jixiao.Diagnostics;

namespace Jixiao.Profiles;

/// <summary>How findings become a table's grade (see docs/checks/README.md).</summary>
public sealed record GradeFormula
{
    public decimal ErrorPenalty { get; init; } = 20;
    public decimal WarningPenalty { get; init; } = 5;
    public decimal InfoPenalty { get; init; }
    public decimal Excellent { get; init; } = 90;
    public decimal Good { get; init; } = 75;
    public decimal Fair { get; init; } = 60;
    public Grade ErrorCap { get; init; } = Grade.Fair;

    public (decimal Score, Grade Grade) Apply(IEnumerable<Diagnostic> findings)
    {
        int errors = 0, warnings = 0, infos = 0;
        foreach (var f in findings)
        {
            if (f.Severity == Severity.Error) errors++;
            else if (f.Severity == Severity.Warning) warnings++;
            else infos++;
        }
        var score = Math.Max(0, 100 - errors * ErrorPenalty - warnings * WarningPenalty - infos * InfoPenalty);
        var grade = score >= Excellent ? Grade.Excellent : score >= Good ? Grade.Good : score >= Fair ? Grade.Fair : Grade.Poor;
        if (errors > 0 && grade < ErrorCap) grade = ErrorCap;
        return (score, grade);
    }
}
