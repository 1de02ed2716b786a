using Jixiao.Documents.Reading;
using Jixiao.Framework;
using Jixiao.Model;
using Jixiao.Values;

namespace Jixiao.Documents.Tests.Writing;

/// <summary>The seed documents copied beside the test assembly, read as the app reads them, and small hand-made tables.</summary>
internal static class WriterSeeds
{
    public static IReadOnlyList<string> Names { get; } =
        Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt").Select(Path.GetFileName).OfType<string>().Order().ToList();

    public static ReadResult Read(string name) =>
        OfficeReader.Read(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "seeds", name)), name);

    public static IReadOnlyList<ReadResult> All() => Names.Select(Read).ToList();

    public static IEnumerable<object[]> NameCases() => Names.Select(n => new object[] { n });

    /// <summary>Where tests leave files for people to look at: TestResults/artifacts in the test output folder.</summary>
    public static string Artifacts()
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "TestResults", "artifacts");
        Directory.CreateDirectory(dir);
        return dir;
    }

    public static TargetTable Project(string name, params Indicator[] indicators) => new()
    {
        Kind = TableKind.Project,
        Year = 2023,
        Unit = "秀山县信访办",
        Department = "秀山县信访办",
        ProjectName = name,
        Funds = new Funds { Total = 100, Fiscal = 100 },
        Goals = new Goals { Annual = "按期办结信访事项。" },
        Indicators = indicators,
    };

    public static Indicator Indicator(string name, string valueText = "≥95%", Level1 level1 = Level1.Output, Level2 level2 = Level2.Quality) => new()
    {
        Level1 = level1,
        Level2 = level2,
        Level1Text = level1.Name(),
        Level2Text = level2.Name(),
        Name = name,
        Value = ValueReader.Read(valueText),
        Weight = 10,
    };
}
