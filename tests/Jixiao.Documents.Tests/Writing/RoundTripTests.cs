using Jixiao.Documents.Reading;
using Jixiao.Documents.Writing;
using Jixiao.Model;
using Xunit.Abstractions;

namespace Jixiao.Documents.Tests.Writing;

/// <summary>
/// Every seed document and the self-evaluation fixture, read from text, written as .xlsx and as .docx, and read back:
/// the tables must come back field by field as they went in, except for the known losses listed here.
/// </summary>
public class RoundTripTests(ITestOutputHelper output)
{
    /// <summary>
    /// Fields the written form does not carry back yet, each with the place its fix belongs. Neither is the
    /// renderers': a loss that stops happening fails <see cref="KnownLoss_StillHappens"/>, so this list stays true.
    /// </summary>
    private static readonly Dictionary<string, Func<FieldDifference, bool>> KnownLosses = new()
    {
        ["指标描述 is not on the form: OfficialLayout has no description column (seed 004)"] =
            d => d.Field.EndsWith(".description", StringComparison.Ordinal) && d.Actual == "null",
        ["line breaks inside a cell come back as spaces: DocumentReader.ReadGrid flattens each cell's lines (seed 004 分项绩效目标, 工作保障措施)"] =
            d => d.Expected.Contains('\n') && Squeeze(d.Expected) == Squeeze(d.Actual),
    };

    public static TheoryData<string, string> Documents()
    {
        var data = new TheoryData<string, string>();
        foreach (var format in Formats)
        {
            foreach (var document in DocumentNames()) data.Add(format, document);
        }
        return data;
    }

    public static TheoryData<string, string> Losses()
    {
        var data = new TheoryData<string, string>();
        foreach (var format in Formats)
        {
            foreach (var loss in KnownLosses.Keys) data.Add(format, loss);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Write_ThenRead_GivesTheSameTables(string format, string document)
    {
        var diffs = RoundTrip(format, document);

        foreach (var (loss, matches) in KnownLosses)
        {
            var count = diffs.Count(matches);
            if (count > 0) output.WriteLine($"known loss, {count} fields: {loss}");
        }
        var unexpected = diffs.Where(d => !KnownLosses.Values.Any(m => m(d))).ToList();
        Assert.True(unexpected.Count == 0, $"{document} → {format}: {unexpected.Count} fields did not survive\n" + string.Join("\n", unexpected));
    }

    [Theory]
    [MemberData(nameof(Losses))]
    public void KnownLoss_StillHappens(string format, string loss)
    {
        var matches = KnownLosses[loss];

        var happens = DocumentNames().Any(document => RoundTrip(format, document).Any(matches));

        happens.Should().BeTrue($"the loss \"{loss}\" no longer happens in {format}: take it off RoundTripTests.KnownLosses");
    }

    private static readonly string[] Formats = ["xlsx", "docx"];

    private static IEnumerable<string> DocumentNames() => TestFiles.SeedNames().Select(n => "seeds/" + n).Append("fixtures/self-evaluation.txt");

    private static List<FieldDifference> RoundTrip(string format, string document)
    {
        var original = Read(File.ReadAllBytes(Path.Combine(TestFiles.Root, document)), Path.GetFileName(document));
        original.Should().NotBeEmpty();
        var bytes = format == "xlsx" ? XlsxWriter.Write(original) : DocxWriter.Write(original);
        var again = Read(bytes, Path.ChangeExtension(Path.GetFileName(document), format));
        return TableComparer.Compare(original, again);
    }

    private static IReadOnlyList<TargetTable> Read(byte[] bytes, string name) => OfficeReader.Read(bytes, name).Tables;

    private static string Squeeze(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));
}
