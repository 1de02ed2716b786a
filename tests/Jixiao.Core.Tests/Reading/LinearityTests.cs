using System.Text;
using Jixiao.Reading;
using Xunit.Abstractions;

namespace Jixiao.Tests.Reading;

/// <summary>
/// Reading time grows linearly with the input: a 10× larger input of the same shape takes less than 15× the time.
/// Each size is read after a warm-up and timed as the best of several runs, on inputs large enough that the noise of
/// a shared machine is small beside them.
/// </summary>
[Collection(TimingCollection.Name)]
public class LinearityTests(ITestOutputHelper output)
{
    private const int Small = 8;
    private const int Factor = 10;
    private const double MaxRatio = 15;

    private static string Corpus() =>
        string.Join("\n\n", TestFiles.SeedNames().Select(TestFiles.Seed)
            .Concat(Directory.EnumerateFiles(Path.Combine(TestFiles.Root, "Reading", "Fixtures"), "*.txt").Order())
            .Where(f => !Path.GetFileName(f).StartsWith("enc-", StringComparison.Ordinal))
            .Select(File.ReadAllText));

    private const string Header = "一级指标\t二级指标\t三级指标\t指标性质\t指标值\t权重\n";
    private const string Row = "产出指标\t数量指标\t开展培训场次\t≥\t12场\t5\n\t\t受益群众人数\t≥\t1200人\t5\n\t质量指标\t培训合格率\t≥\t95%\t5\n";

    /// <summary>Inputs of one shape, <paramref name="n"/> units long.</summary>
    public static TheoryData<string> Shapes() => new("documents", "one long table", "one cell per line", "spaces", "titles only");

    private static string Make(string shape, int n)
    {
        var sb = new StringBuilder();
        switch (shape)
        {
            case "documents":
                var corpus = Corpus();
                for (var k = 0; k < n; k++) sb.Append(corpus).Append("\n\n");
                break;
            case "one long table":
                sb.Append("2024年度项目支出绩效目标表\n项目名称\t长表\n项目资金（万元）\t年度资金总额\t100\n").Append(Header);
                for (var k = 0; k < n * 400; k++) sb.Append(Row);
                break;
            case "one cell per line":
                for (var k = 0; k < n * 2_000; k++) sb.Append("\t产出指标\n\t数量指标\n\t开展培训场次\n\t≥12场\n");
                break;
            case "spaces":
                sb.Append("  一级指标        二级指标            三级指标                    指标值\n");
                for (var k = 0; k < n * 1_000; k++) sb.Append("  产出指标        数量指标            开展培训场次                ≥12场\n                                      受益群众人数                ≥1200人\n");
                break;
            default:
                for (var k = 0; k < n * 2_000; k++) sb.Append("2024年度项目支出绩效目标表\n");
                break;
        }
        return sb.ToString();
    }

    /// <summary>The least time of several runs, each after a full collection so that one run's garbage is not charged to the next.</summary>
    private static double Best(byte[] input, int runs)
    {
        var best = double.MaxValue;
        for (var r = 0; r < runs; r++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var start = ThreadTime.Now();
            DocumentReader.Read(input, "linear.txt");
            best = Math.Min(best, ThreadTime.Now() - start);
        }
        return best;
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Read_TenTimesLargerInput_TakesLessThanFifteenTimesAsLong(string shape)
    {
        var small = Encoding.UTF8.GetBytes(Make(shape, Small));
        var large = Encoding.UTF8.GetBytes(Make(shape, Small * Factor));
        Best(small, 3);

        var smallSeconds = Best(small, 7);
        var largeSeconds = Best(large, 3);

        var ratio = largeSeconds / smallSeconds;
        output.WriteLine($"{shape}: {small.Length / 1e6:0.00} MB in {smallSeconds * 1000:0.0} ms, {large.Length / 1e6:0.00} MB in {largeSeconds * 1000:0.0} ms: ×{ratio:0.0}");
        ratio.Should().BeLessThan(MaxRatio, "reading {0} must be linear in the input's size", shape);
    }
}
