namespace Jixiao.Generator;

/// <summary>
/// One generated document: its file name, layout, text as UTF-8 bytes, an entry sheet (CSV of the values reached and
/// the money spent, for self-evaluation scoring), and its tables in reading order with what was planted in them.
/// </summary>
public sealed record GeneratedDocument(long Index, string FileName, DocumentLayout Layout, byte[] Bytes, byte[] Actuals, IReadOnlyList<GeneratedTable> Tables)
{
    public int IndicatorCount => Tables.Sum(t => t.Indicators);

    public IEnumerable<PlantedMistake> Planted => Tables.Where(t => t.Mistake is not null).Select(t => t.Mistake!);

    /// <summary>The entry sheet's file name beside the document.</summary>
    public string ActualsFileName => Path.ChangeExtension(FileName, ".actuals.csv");
}
