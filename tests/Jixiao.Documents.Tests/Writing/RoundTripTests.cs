using Jixiao.Documents.Reading;
using Jixiao.Documents.Writing;
using Jixiao.Model;
using Xunit.Abstractions;

namespace Jixiao.Documents.Tests.Writing;

/// <summary>
/// Every seed document and the self-evaluation fixture, read from text, written as .xlsx and as .docx, and read back:
/// the tables must come back field by field as they went in.
/// </summary>
public class RoundTripTests
{
    public static TheoryData<string, string> Documents()
    {
        var data = new TheoryData<string, string>();
        foreach (var format in Formats)
        {
            foreach (var document in DocumentNames()) data.Add(format, document);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Write_ThenRead_GivesTheSameTables(string format, string document)
    {
        var diffs = RoundTrip(format, document);

        Assert.True(diffs.Count == 0, $"{document} → {format}: {diffs.Count} fields did not survive\n" + string.Join("\n", diffs));
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
}
