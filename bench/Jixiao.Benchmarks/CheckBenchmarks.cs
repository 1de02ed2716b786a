using BenchmarkDotNet.Attributes;
using Jixiao.Checks;
using Jixiao.Model;
using Jixiao.Profiles;
using Jixiao.Review;

namespace Jixiao.Benchmarks;

/// <summary>Each check of the catalogue over one table of a generated document, and the whole review of the document.</summary>
[MemoryDiagnoser]
public class CheckBenchmarks
{
    private ReadResult _read = null!;
    private CheckContext _context = null!;
    private Check _check = null!;

    public static IEnumerable<string> Codes => CheckCatalogue.All.Select(c => c.Code);

    [ParamsSource(nameof(Codes))]
    public string Code { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _read = Samples.Document().Read;
        var table = _read.Tables.First(t => t.Kind == TableKind.Project);
        _context = new CheckContext(table, _read.Tables, Profile.National);
        _check = CheckCatalogue.All.Single(c => c.Code == Code);
    }

    [Benchmark]
    public int Check() => _check.Run(_context).Count();
}

/// <summary>The whole catalogue over every table of a generated document, grades included.</summary>
[MemoryDiagnoser]
public class ReviewBenchmarks
{
    private ReadResult _read = null!;

    [GlobalSetup]
    public void Setup() => _read = Samples.Document().Read;

    [Benchmark]
    public DocumentReview ReviewDocument() => Reviewer.Review(_read, Profile.National);
}
