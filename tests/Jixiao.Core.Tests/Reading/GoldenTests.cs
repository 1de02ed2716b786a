using System.Text.Json.Nodes;
using Jixiao.Exchange;
using Jixiao.Reading;

namespace Jixiao.Tests.Reading;

/// <summary>Every seed document and layout fixture, read and compared field by field with its hand-written golden.</summary>
public class GoldenTests
{
    public static TheoryData<string> Seeds() => new(TestFiles.SeedNames());

    public static TheoryData<string> Fixtures() => new(
        Directory.EnumerateFiles(Path.Combine(TestFiles.Root, "Reading", "Fixtures"), "*.golden.json").Select(Path.GetFileName).OfType<string>().Order()
            .Select(n => n.Replace(".golden.json", ".txt", StringComparison.Ordinal)));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Read_Seed_MatchesGolden(string name) =>
        AssertGolden(TestFiles.Seed(name), TestFiles.Golden(name.Replace(".txt", ".golden.json", StringComparison.Ordinal)));

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Read_LayoutFixture_MatchesGolden(string name) =>
        AssertGolden(TestFiles.Fixture(name), TestFiles.Fixture(name.Replace(".txt", ".golden.json", StringComparison.Ordinal)));

    private static void AssertGolden(string documentPath, string goldenPath)
    {
        var result = DocumentReader.Read(File.ReadAllBytes(documentPath), Path.GetFileName(documentPath));
        var actual = ExchangeWriter.ToJson(result);
        var golden = JsonNode.Parse(File.ReadAllText(goldenPath))!.AsObject();
        var diffs = GoldenComparer.Compare(golden, actual);
        Assert.True(diffs.Count == 0, $"{Path.GetFileName(documentPath)}: {diffs.Count} differences\n" + string.Join("\n", diffs));
    }
}
