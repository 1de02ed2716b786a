using System.Text;
using FluentAssertions.Execution;
using Jixiao.Diagnostics;
using Jixiao.Model;
using Jixiao.Reading;
using Jixiao.Values;

namespace Jixiao.Tests.Reading;

/// <summary>One small table in every encoding a published file comes in: each reads to the same table, and the detected encoding is reported.</summary>
public class EncodingTests
{
    private const string ProjectName = "农村公路日常养护";
    // 㐀 (U+3400, CJK extension A) is in GB18030 but not in GBK: a GBK decoder cannot read this name.
    private const string ExtendedProjectName = "㐀家村公路日常养护";

    private static readonly Encoding Gbk = CodePagesEncodingProvider.Instance.GetEncoding(936)!;
    private static readonly Encoding Gb18030 = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;

    private static readonly (string Name, Comparator Comparator, decimal Number, string Unit)[] ExpectedIndicators =
    [
        ("养护农村公路里程", Comparator.GreaterOrEqual, 350m, "公里"),
        ("路面技术状况优良率", Comparator.GreaterOrEqual, 85m, "%"),
        ("沿线群众满意度", Comparator.GreaterOrEqual, 90m, "%"),
    ];

    private static string Table(string projectName) => string.Join("\n",
        "2024年项目支出绩效目标表",
        "单位：万元",
        "项目名称\t" + projectName,
        "主管部门\t某县交通运输局\t实施单位\t某县公路事务中心",
        "项目资金\t年度资金总额\t120",
        "\t其中：财政拨款\t120",
        "年度目标\t完成全县农村公路日常养护，路况明显改善。",
        "一级指标\t二级指标\t三级指标\t指标性质\t指标值",
        "产出指标\t数量指标\t养护农村公路里程\t≥\t350公里",
        "\t质量指标\t路面技术状况优良率\t≥\t85%",
        "满意度指标\t服务对象满意度指标\t沿线群众满意度\t≥\t90%",
        "");

    // ---- The same table in every encoding ----

    /// <summary>Case name → expected encoding name and project name.</summary>
    public static TheoryData<string, string, string> Encodings() => new()
    {
        { "utf-8 without BOM", "utf-8", ProjectName },
        { "utf-8 with BOM", "utf-8", ProjectName },
        { "utf-16le with BOM", "utf-16le", ProjectName },
        { "utf-16be with BOM", "utf-16be", ProjectName },
        { "utf-16le without BOM", "utf-16le", ProjectName },
        { "utf-16be without BOM", "utf-16be", ProjectName },
        // GB18030 is a superset of GBK, so a GBK file is read, and named, as GB18030.
        { "gbk (936)", "gb18030", ProjectName },
        { "gb18030 (54936)", "gb18030", ExtendedProjectName },
    };

    private static byte[] Encode(string @case, string projectName)
    {
        var text = Table(projectName);
        return @case switch
        {
            "utf-8 without BOM" => Encoding.UTF8.GetBytes(text),
            "utf-8 with BOM" => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)],
            "utf-16le with BOM" => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
            "utf-16be with BOM" => [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)],
            "utf-16le without BOM" => Encoding.Unicode.GetBytes(text),
            "utf-16be without BOM" => Encoding.BigEndianUnicode.GetBytes(text),
            "gbk (936)" => Gbk.GetBytes(text),
            "gb18030 (54936)" => Gb18030.GetBytes(text),
            _ => throw new ArgumentOutOfRangeException(nameof(@case), @case, null),
        };
    }

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Read_TableInEncoding_ReadsSameTableAndNamesEncoding(string @case, string encoding, string projectName)
    {
        var result = DocumentReader.Read(Encode(@case, projectName), @case);

        using var scope = new AssertionScope(@case);
        result.Encoding.Should().Be(encoding);
        AssertTable(result, projectName);
        result.Diagnostics.Select(d => d.Code).Should().NotContain([ReadingCodes.BinaryContent, ReadingCodes.InvalidBytes]);
    }

    [Fact]
    public void Read_Gb18030NameOutsideGbk_KeepsThatCharacter()
    {
        // Guards the gb18030 case above: the name must really hold a character that GBK cannot encode.
        Gbk.GetString(Gbk.GetBytes(ExtendedProjectName)).Should().NotBe(ExtendedProjectName);

        var result = DocumentReader.Read(Gb18030.GetBytes(Table(ExtendedProjectName)), "gb18030.txt");

        result.Tables.Should().ContainSingle().Which.ProjectName.Should().Be(ExtendedProjectName);
    }

    // ---- A damaged byte in a GBK file ----

    /// <summary>Bytes that are not valid GB18030, put at the end of the 年度目标 line.</summary>
    public static TheoryData<string, byte[]> InvalidGbkBytes() => new()
    {
        { "a lone 0xFF", [0xFF] },
        { "a lone 0x80", [0x80] },
        { "a lead byte cut off by the line end", [0x81] },
        { "a lead byte before an ASCII control", [0xB0, 0x7F] },
    };

    private static byte[] GbkWithInvalidBytes(byte[] invalid)
    {
        var bytes = Gbk.GetBytes(Table(ProjectName)).ToList();
        var goalLine = Gbk.GetBytes("年度目标");
        var at = bytes.IndexOf((byte)'\n', IndexOf(bytes, goalLine));
        bytes.InsertRange(at, invalid);
        return bytes.ToArray();
    }

    [Theory]
    [MemberData(nameof(InvalidGbkBytes))]
    public void Read_GbkWithInvalidBytes_KeepsTableAsGb18030(string name, byte[] invalid)
    {
        var result = DocumentReader.Read(GbkWithInvalidBytes(invalid), name);

        result.Encoding.Should().Be("gb18030");
        AssertTable(result, ProjectName);
    }

    [Theory]
    [MemberData(nameof(InvalidGbkBytes))]
    public void Read_GbkWithInvalidBytes_ReportsInvalidBytes(string name, byte[] invalid)
    {
        var result = DocumentReader.Read(GbkWithInvalidBytes(invalid), name);

        // The user must be told that some text was replaced, so that they check it against the original.
        result.Diagnostics.Should().Contain(d => d.Code == ReadingCodes.InvalidBytes);
    }

    // ---- A damaged byte in a UTF-8 file ----

    /// <summary>A UTF-8 document with one bad spot: a cut inside the last character, or one stray byte in the 年度目标 line.</summary>
    public static TheoryData<string> DamagedUtf8() => new("cut inside the last character", "a stray 0xFF", "a lone continuation byte");

    private static byte[] Utf8WithDamage(string @case)
    {
        var bytes = Encoding.UTF8.GetBytes(Table(ProjectName) + "其他说明\t无").ToList();
        var goalEnd = bytes.IndexOf((byte)'\n', IndexOf(bytes, Encoding.UTF8.GetBytes("年度目标")));
        switch (@case)
        {
            case "cut inside the last character": bytes.RemoveAt(bytes.Count - 1); break;
            case "a stray 0xFF": bytes.Insert(goalEnd, 0xFF); break;
            case "a lone continuation byte": bytes.Insert(goalEnd, 0x80); break;
            default: throw new ArgumentOutOfRangeException(nameof(@case), @case, null);
        }
        return bytes.ToArray();
    }

    [Theory]
    [MemberData(nameof(DamagedUtf8))]
    public void Read_Utf8WithOneBadSpot_KeepsTableAsUtf8(string @case)
    {
        var result = DocumentReader.Read(Utf8WithDamage(@case), @case);

        // One bad byte must not turn a whole UTF-8 document into GB18030 mojibake.
        result.Encoding.Should().Be("utf-8");
        AssertTable(result, ProjectName);
    }

    [Theory]
    [MemberData(nameof(DamagedUtf8))]
    public void Read_Utf8WithOneBadSpot_ReportsInvalidBytes(string @case)
    {
        var result = DocumentReader.Read(Utf8WithDamage(@case), @case);

        result.Diagnostics.Should().Contain(d => d.Code == ReadingCodes.InvalidBytes);
    }

    // ---- Helpers ----

    private static void AssertTable(ReadResult result, string projectName)
    {
        result.Tables.Should().ContainSingle();
        if (result.Tables.Count != 1) return; // inside an assertion scope the failure above does not stop the test
        var table = result.Tables[0];
        table.ProjectName.Should().Be(projectName);
        table.Year.Should().Be(2024);
        table.Funds.Should().NotBeNull();
        table.Funds!.Total.Should().Be(120m);
        table.Indicators.Select(i => (i.Name, i.Value.Comparator, i.Value.Number, i.Value.Unit))
            .Should().Equal(ExpectedIndicators.Select(e => ((string?)e.Name, (Comparator?)e.Comparator, (decimal?)e.Number, (string?)e.Unit)));
    }

    private static int IndexOf(List<byte> bytes, byte[] pattern)
    {
        for (var i = 0; i + pattern.Length <= bytes.Count; i++)
            if (bytes.Skip(i).Take(pattern.Length).SequenceEqual(pattern)) return i;
        throw new InvalidOperationException("pattern not found in the test document");
    }
}
