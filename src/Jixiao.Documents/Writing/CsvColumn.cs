using Jixiao.Model;

namespace Jixiao.Documents.Writing;

/// <summary>
/// One column of the indicator CSV: its Chinese header (also its field name in the open-data descriptor), its
/// Table Schema type, a title and description for open-data portals, and the exchange-format field it comes from.
/// </summary>
public sealed record CsvColumn(string Name, string Type, string Title, string Description, string Exchange)
{
    /// <summary>The values a portal may expect, when the column takes a fixed set.</summary>
    public IReadOnlyList<string>? Enum { get; init; }

    internal Func<TargetTable, Indicator, string?> Value { get; init; } = (_, _) => null;
}
