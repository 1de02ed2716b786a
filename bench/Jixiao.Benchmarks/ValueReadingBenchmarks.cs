using BenchmarkDotNet.Attributes;
using Jixiao.Values;

namespace Jixiao.Benchmarks;

/// <summary>Reading one value cell (DOMAIN.md §4): a comparator and unit in the value, in their own columns, words, grades, text.</summary>
[MemoryDiagnoser]
public class ValueReadingBenchmarks
{
    [Params("≥95%", "≤24小时", "劝返率75%以上", "≥4千", "2.000000", "较好", "重复访逐年递减8%")]
    public string Cell { get; set; } = "";

    [Benchmark]
    public IndicatorValue Read() => ValueReader.Read(Cell);

    [Benchmark]
    public IndicatorValue ReadWithNatureAndUnitColumns() => ValueReader.Read("95", "≥", "%");

    [Benchmark]
    public decimal? ReadAmount() => ValueReader.ReadAmount("1,286.50");
}
