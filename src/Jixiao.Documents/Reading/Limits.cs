namespace Jixiao.Documents.Reading;

/// <summary>Bounds that keep hostile or broken files from taking unbounded time or memory.</summary>
public sealed record Limits
{
    /// <summary>Rows with content read per sheet (a province's tables fit many times over).</summary>
    public int MaxRows { get; init; } = 200_000;
    public int MaxColumns { get; init; } = 256;
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    public static Limits Default { get; } = new();
}
