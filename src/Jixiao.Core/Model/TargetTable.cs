using Jixiao.Diagnostics;

namespace Jixiao.Model;

/// <summary>One performance target table (绩效目标表): header facts, funds, goals and indicators (DOMAIN.md §2).</summary>
public sealed record TargetTable
{
    public TableKind Kind { get; init; }
    public TableStage Stage { get; init; }
    /// <summary>The title as written, when the document gives one.</summary>
    public string? Title { get; init; }
    public int? Year { get; init; }
    public string? Unit { get; init; }
    public string? UnitCode { get; init; }
    public string? Department { get; init; }
    public string? DepartmentCode { get; init; }
    public string? ProjectName { get; init; }
    public string? ProjectCode { get; init; }
    /// <summary>项目负责人(及电话) as written: personal data, masked when published.</summary>
    public string? Manager { get; init; }
    public string? Phone { get; init; }
    public string? ProjectType { get; init; }
    public string? Duration { get; init; }
    public Funds? Funds { get; init; }
    public Funds? MidTermFunds { get; init; }
    public DepartmentBudget? DepartmentBudget { get; init; }
    public string? FundsUsage { get; init; }
    public IReadOnlyList<SpendingCheckpoint> SpendingPlan { get; init; } = [];
    public Goals Goals { get; init; } = Goals.None;
    public Execution? Execution { get; init; }
    public decimal? PublishedTotal { get; init; }
    public IReadOnlyList<Indicator> Indicators { get; init; } = [];
    /// <summary>Level-2 categories the table lists, including those left without indicators.</summary>
    public IReadOnlyList<Framework.Level2> ListedCategories { get; init; } = [];
    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];
    /// <summary>1-based line where the table starts (its title, or its first row).</summary>
    public int Line { get; init; }
}
