using Jixiao.Entries;
using Jixiao.Generator;
using Jixiao.Model;
using Jixiao.Reading;

namespace Jixiao.Benchmarks;

/// <summary>Inputs shared by the benchmarks: generated documents (the same for every run) and what reading them gives.</summary>
public static class Samples
{
    /// <summary>A clean generated document of one table in a layout.</summary>
    public static GeneratedDocument OneTable(DocumentLayout layout) =>
        new DocumentGenerator(new GeneratorOptions { Seed = 2026, ErrorRate = 0, Layouts = [layout] }).Document(0, maxTables: 1);

    /// <summary>A generated document of several tables in the tab layout, read, with its entry sheet bound.</summary>
    public static (GeneratedDocument Document, ReadResult Read, EntrySheet.Result Entries) Document()
    {
        var doc = new DocumentGenerator(new GeneratorOptions { Seed = 2026, ErrorRate = 0, Layouts = [DocumentLayout.Tabs] }).Document(3, maxTables: 8);
        var read = DocumentReader.Read(doc.Bytes, doc.FileName);
        return (doc, read, EntrySheet.Bind(doc.Actuals, doc.ActualsFileName, read.Tables));
    }
}
