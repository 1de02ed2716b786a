using Jixiao.Checks;
using Jixiao.Diagnostics;
using Jixiao.Profiles;

namespace Jixiao.Tests.Checks;

/// <summary>
/// One row of a check's table of cases: a table, and what the check must find in it. <see cref="At"/> lists the
/// indicator each finding points at (null: the findings are about the table as a whole); <see cref="Severities"/>
/// is given only for checks whose severity varies.
/// </summary>
public sealed record CheckCase(string Because, TableBuilder Table, int Count, int[]? At = null, Severity[]? Severities = null)
{
    public Profile Profile { get; init; } = Profile.National;

    /// <summary>The other tables of the same document.</summary>
    public IReadOnlyList<TableBuilder> Others { get; init; } = [];

    public override string ToString() => Because;

    /// <summary>Runs <paramref name="check"/> on the case and asserts code, count, place and severity of every finding.</summary>
    public void Verify(Check check)
    {
        var findings = Table.Run(check, Profile, Others);
        var table = Table.Build();

        findings.Should().HaveCount(Count, Because);
        findings.Should().NotContain(f => f.Code != check.Code, Because);
        if (At is null)
        {
            findings.Should().NotContain(f => f.Indicator != null || f.Line != table.Line, "{0}: a table-level finding points at the table", Because);
        }
        else
        {
            findings.Select(f => f.Indicator).Should().Equal(At.Select(i => (int?)i), Because);
            findings.Select(f => f.Line).Should().Equal(At.Select(i => (int?)table.Indicators[i].Line), Because);
        }
        if (Severities is null)
            findings.Should().NotContain(f => f.Severity != check.Severity, Because);
        else
            findings.Select(f => f.Severity).Should().Equal(Severities, Because);
        findings.Should().NotContain(f => string.IsNullOrWhiteSpace(f.Message), Because);
    }
}
