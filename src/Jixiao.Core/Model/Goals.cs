namespace Jixiao.Model;

/// <summary>The goal texts of a table, as written.</summary>
public sealed record Goals
{
    public string? Annual { get; init; }
    public string? MidTerm { get; init; }
    /// <summary>The period written with the mid-term goal, e.g. "2022年—2024年".</summary>
    public string? MidTermPeriod { get; init; }
    /// <summary>Department tables: 分项绩效目标, as written.</summary>
    public string? Breakdown { get; init; }
    /// <summary>Department tables: 工作保障措施, as written.</summary>
    public string? Measures { get; init; }
    /// <summary>Self-evaluation tables: 实际完成情况, as written.</summary>
    public string? AnnualAchieved { get; init; }

    public static Goals None { get; } = new();
}
