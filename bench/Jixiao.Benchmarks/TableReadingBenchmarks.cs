using BenchmarkDotNet.Attributes;
using Jixiao.Generator;
using Jixiao.Model;
using Jixiao.Reading;

namespace Jixiao.Benchmarks;

/// <summary>Reading one generated table (about 15 indicators) in each layout, from its bytes; and splitting the same bytes into lines, the baseline.</summary>
[MemoryDiagnoser]
public class TableReadingBenchmarks
{
    private byte[] _bytes = [];

    [Params(DocumentLayout.Tabs, DocumentLayout.Cells, DocumentLayout.Pipes, DocumentLayout.Spaces, DocumentLayout.SelfEvaluation)]
    public DocumentLayout Layout { get; set; }

    [GlobalSetup]
    public void Setup() => _bytes = Samples.OneTable(Layout).Bytes;

    [Benchmark]
    public ReadResult Read() => DocumentReader.Read(_bytes, "table.txt");

    [Benchmark(Baseline = true)]
    public int SplitIntoLines()
    {
        using var reader = new StringReader(System.Text.Encoding.UTF8.GetString(_bytes));
        var n = 0;
        while (reader.ReadLine() is not null) n++;
        return n;
    }
}
