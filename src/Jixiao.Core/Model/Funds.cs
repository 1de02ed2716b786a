namespace Jixiao.Model;

/// <summary>The funds of a table for one horizon and their split (DOMAIN.md §2), in <see cref="Currency"/>.</summary>
public sealed record Funds
{
    public decimal? Total { get; init; }
    public decimal? Fiscal { get; init; }
    public decimal? Special { get; init; }
    public decimal? Own { get; init; }
    public decimal? CarryOver { get; init; }
    public decimal? Other { get; init; }
    public string Currency { get; init; } = "万元";

    public bool IsEmpty => Total is null && Fiscal is null && Special is null && Own is null && CarryOver is null && Other is null;
}
