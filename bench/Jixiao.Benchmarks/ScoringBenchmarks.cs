using BenchmarkDotNet.Attributes;
using Jixiao.Entries;
using Jixiao.Generator;
using Jixiao.Model;
using Jixiao.Profiles;
using Jixiao.Scoring;

namespace Jixiao.Benchmarks;

/// <summary>Self-evaluation scoring (DOMAIN.md §7) of every table of a generated document, and binding its entry sheet.</summary>
[MemoryDiagnoser]
public class ScoringBenchmarks
{
    private GeneratedDocument _doc = null!;
    private ReadResult _read = null!;
    private EntrySheet.Result _entries = null!;

    [GlobalSetup]
    public void Setup() => (_doc, _read, _entries) = Samples.Document();

    [Benchmark]
    public decimal ScoreDocument()
    {
        var total = 0m;
        foreach (var (k, entries) in _entries.Tables) total += SelfEvaluator.Evaluate(_read.Tables[k], entries, Profile.National).Total;
        return total;
    }

    [Benchmark]
    public EntrySheet.Result BindEntrySheet() => EntrySheet.Bind(_doc.Actuals, _doc.ActualsFileName, _read.Tables);
}
