using System.Text;
using FluentAssertions.Execution;
using Jixiao.Diagnostics;
using Jixiao.Model;
using Jixiao.Reading;

namespace Jixiao.Tests.Reading;

/// <summary>
/// Damaged and hostile input: the reader returns a result for any bytes, says why when it finds no table, and keeps
/// every table it could read.
/// </summary>
public class RobustnessTests
{
    // DocumentReader reports an exception it caught as JX099: the document was survived, but the reader has a bug.
    private const string InternalError = "JX099";

    private const string SmallProjectName = "农村公路日常养护";

    private static readonly string SmallTable = string.Join("\n",
        "2024年项目支出绩效目标表",
        "项目名称\t" + SmallProjectName,
        "项目资金\t年度资金总额\t120",
        "一级指标\t二级指标\t三级指标\t指标性质\t指标值",
        "产出指标\t数量指标\t养护农村公路里程\t≥\t350公里",
        "\t质量指标\t路面技术状况优良率\t≥\t85%",
        "满意度指标\t服务对象满意度指标\t沿线群众满意度\t≥\t90%",
        "");

    // ---- Empty and blank documents ----

    public static TheoryData<string, byte[]> EmptyDocuments() => new()
    {
        { "no bytes", [] },
        { "spaces", "     "u8.ToArray() },
        { "line ends only", "\r\n\r\n\n\r"u8.ToArray() },
        { "spaces, tabs and line ends", " \t \n\t\r\n  "u8.ToArray() },
        { "ideographic spaces", Encoding.UTF8.GetBytes("\u3000\u3000\n\u3000") },
        { "utf-8 BOM only", [0xEF, 0xBB, 0xBF] },
        { "utf-16le BOM and a space", [0xFF, 0xFE, 0x20, 0x00] },
    };

    [Theory]
    [MemberData(nameof(EmptyDocuments))]
    public void Read_EmptyOrWhitespace_ReportsEmptyDocumentOnly(string name, byte[] bytes)
    {
        var result = ReadSafely(bytes, name);

        result.Tables.Should().BeEmpty();
        result.Diagnostics.Select(d => d.Code).Should().Equal(ReadingCodes.EmptyDocument);
    }

    // ---- Random input ----

    public static TheoryData<int, int> RandomInputs()
    {
        var data = new TheoryData<int, int>();
        foreach (var seed in new[] { 1, 2, 3, 4 })
            foreach (var size in new[] { 1, 2, 3, 17, 512, 4096, 65_536 })
                data.Add(seed, size);
        data.Add(5, 1_000_000);
        return data;
    }

    [Theory]
    [MemberData(nameof(RandomInputs))]
    public void Read_RandomBytes_ReturnsResultThatSaysWhy(int seed, int size)
    {
        var bytes = new byte[size];
        new Random(seed).NextBytes(bytes);

        var result = ReadSafely(bytes, $"random-{seed}-{size}.bin");

        result.Tables.Should().BeEmpty("random bytes hold no table");
    }

    private static readonly string[] Tokens =
    [
        "项目名称", "项目编码", "主管部门", "实施单位", "预算年度", "2024", "单位：万元", "年度资金总额", "其中：财政拨款", "其他资金",
        "资金支出计划", "3月底", "年度目标", "中期目标", "（2023-2025年）", "绩效指标", "一级指标", "二级指标", "三级指标", "指标性质",
        "指标值", "权重", "分值", "产出指标", "数量指标", "质量指标", "时效指标", "效益指标", "满意度指标", "≥", "≤", "=", "定性", "≥95%",
        "≤24小时", "10-20次", "好", "100", "2023年项目支出绩效目标表", "部门整体支出绩效目标表", "项目支出绩效自评表", "第二部分",
        "第 1 页 共 2 页", "实际完成值", "得分", "总分", "年初预算数", "执行率", "| a |", "|---|", "|", "\uFEFF", "\uD800", "\0", "", " ",
    ];

    private static readonly string[] Separators = ["\t", "\t", "  ", "\n", "\n", "\n\n", " | ", "\r\n", "\r", "\u3000\u3000"];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Read_RandomTableLikeText_ReturnsResultThatSaysWhy(int seed)
    {
        // Words of real tables in random order and layout reach the parser's states that random bytes never do.
        for (var i = 0; i < 40; i++)
        {
            var documentSeed = seed * 1000 + i;
            var random = new Random(documentSeed);
            var text = new StringBuilder();
            for (var n = random.Next(1, 400); n > 0; n--)
                text.Append(Tokens[random.Next(Tokens.Length)]).Append(Separators[random.Next(Separators.Length)]);

            using (new AssertionScope($"document {documentSeed}"))
                ReadSafely(Encoding.UTF8.GetBytes(text.ToString()), $"table-like-{documentSeed}.txt");
        }
    }

    // ---- Binary files ----

    public static TheoryData<string, byte[]> BinaryFiles() => new()
    {
        { "png", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, .. new byte[4096]] },
        { "zip (docx, xlsx)", [(byte)'P', (byte)'K', 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, .. new byte[4096]] },
        { "jpeg", [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', .. new byte[4096]] },
        { "elf", [0x7F, (byte)'E', (byte)'L', (byte)'F', 0x02, 0x01, 0x01, .. new byte[4096]] },
        { "old word (ole2)", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[4096]] },
    };

    [Theory]
    [MemberData(nameof(BinaryFiles))]
    public void Read_BinaryHeaderAndNuls_ReportsBinaryContent(string name, byte[] bytes)
    {
        var result = ReadSafely(bytes, name);

        result.Tables.Should().BeEmpty();
        result.Diagnostics.Select(d => d.Code).Should().Contain(ReadingCodes.BinaryContent);
    }

    // ---- Truncated documents ----

    private const int CutStep = 97;

    public static TheoryData<string> TruncatedSeeds() => new("000_a2e8745f1a3936ea.txt", "004_99c72457ea777f4c.txt");

    [Theory]
    [MemberData(nameof(TruncatedSeeds))]
    public void Read_SeedCutAtManyOffsets_ReturnsResultThatSaysWhy(string seed)
    {
        var bytes = File.ReadAllBytes(TestFiles.Seed(seed));

        for (var cut = 0; cut < bytes.Length; cut += CutStep)
            using (new AssertionScope($"{seed} cut at byte {cut}"))
                ReadSafely(bytes.AsSpan(0, cut).ToArray(), seed);
    }

    [Theory]
    [MemberData(nameof(TruncatedSeeds))]
    public void Read_SeedCutAfterFirstTable_KeepsFirstTable(string seed)
    {
        var bytes = File.ReadAllBytes(TestFiles.Seed(seed));
        var full = DocumentReader.Read(bytes, seed);
        // Seed 004 opens with a department table that has no indicator rows: the first table with rows is the one to keep.
        var first = full.Tables.First(t => t.Indicators.Count > 0);
        var names = first.Indicators.Select(i => i.Name).ToList();
        var rowsEnd = EndOfLineBlock(bytes, first.Indicators[^1].Line);
        rowsEnd.Should().BeLessThan(bytes.Length, "the seed must go on after its first table for this test to cut anything");

        var lost = new List<string>();
        for (var cut = (rowsEnd + CutStep - 1) / CutStep * CutStep; cut < bytes.Length; cut += CutStep)
        {
            var result = DocumentReader.Read(bytes.AsSpan(0, cut), seed);
            var kept = result.Tables.FirstOrDefault(t => t.Line == first.Line && t.Kind == first.Kind && t.ProjectName == first.ProjectName);
            if (kept is null || !kept.Indicators.Select(i => i.Name).Take(names.Count).SequenceEqual(names))
                lost.Add($"cut at byte {cut}: encoding {result.Encoding}, {result.Tables.Count} tables, findings [{string.Join(", ", result.Diagnostics.Select(d => d.Code))}]");
        }

        lost.Should().BeEmpty("every cut after line {0} leaves the first table's rows whole", first.Indicators[^1].Line);
    }

    /// <summary>The byte offset just past the run of non-blank lines that starts at <paramref name="line"/> (1-based): a tab row, or a row written one cell per line.</summary>
    private static int EndOfLineBlock(byte[] bytes, int line)
    {
        var pos = 0;
        for (var l = 1; l < line; l++) pos = Array.IndexOf(bytes, (byte)'\n', pos) + 1;
        while (pos < bytes.Length)
        {
            var end = Array.IndexOf(bytes, (byte)'\n', pos);
            if (end < 0) return bytes.Length;
            var blank = bytes.AsSpan(pos, end - pos).Trim("\r "u8).IsEmpty;
            if (blank) return pos;
            pos = end + 1;
        }
        return pos;
    }

    // ---- Oversized lines ----

    [Fact]
    public void Read_FiftyMegabyteLine_ReportsLineTooLongAndReadsTableAfterIt()
    {
        var table = Encoding.UTF8.GetBytes(SmallTable);
        var bytes = new byte[50 * 1024 * 1024 + 1 + table.Length];
        bytes.AsSpan(0, 50 * 1024 * 1024).Fill((byte)'x');
        bytes[50 * 1024 * 1024] = (byte)'\n';
        table.CopyTo(bytes, 50 * 1024 * 1024 + 1);
        ReadResult? result = null;

        var read = () => { result = ReadSafely(bytes, "long-line.txt"); };

        read.ExecutionTime().Should().BeLessThan(TimeSpan.FromSeconds(10), "a long line must not make reading quadratic");
        result!.Diagnostics.Should().Contain(d => d.Code == ReadingCodes.LineTooLong && d.Line == 1);
        AssertSmallTable(result);
    }

    public static TheoryData<string, string> WideLines() => new()
    {
        { "100,000 one-letter cells (also over the line limit)", string.Join('\t', Enumerable.Repeat("a", 100_000)) },
        { "100,000 cells within the line limit", "a" + new string('\t', 99_998) + "b" },
    };

    [Theory]
    [MemberData(nameof(WideLines))]
    public void Read_LineWithHundredThousandCells_ReportsTooManyCellsAndReadsTableAfterIt(string name, string line)
    {
        var result = ReadSafely(Encoding.UTF8.GetBytes(line + "\n\n" + SmallTable), name);

        result.Diagnostics.Should().Contain(d => d.Code == ReadingCodes.TooManyCells && d.Line == 1);
        AssertSmallTable(result);
    }

    // ---- Garbage between tables ----

    private static readonly string[] GarbageLines =
    [
        "!@#$%^&*()_+=-`~[]{};':\",./<>?",
        "lorem ipsum dolor sit amet, consectetur adipiscing elit",
        "é¡¹ç›®å\u0090\u008dç§°",
        "<div class=\"x\"><span>&nbsp;</span></div>",
        "春眠不觉晓，处处闻啼鸟。夜来风雨声，花落知多少。",
        "\uFFFD\uFFFD\uFFFD",
        "foo\tbar\t42\tbaz",
        "xx  yy  zz",
    ];

    public static TheoryData<string, int> SeedsWithGarbage()
    {
        var data = new TheoryData<string, int>();
        foreach (var seed in TestFiles.SeedNames())
            for (var g = 0; g < GarbageLines.Length; g++)
                data.Add(seed, g);
        return data;
    }

    [Theory]
    [MemberData(nameof(SeedsWithGarbage))]
    public void Read_SeedWithGarbageLineBetweenTables_KeepsEveryTable(string seed, int garbage)
    {
        var text = File.ReadAllText(TestFiles.Seed(seed));
        var clean = DocumentReader.ReadText(text, seed);
        var lines = text.Split('\n').ToList();
        foreach (var start in clean.Tables.Skip(1).Select(t => t.Line).OrderDescending())
            lines.Insert(start - 1, GarbageLines[garbage] + "\n");

        var result = ReadSafely(Encoding.UTF8.GetBytes(string.Join('\n', lines)), seed);

        result.Tables.Select(t => (t.Kind, t.ProjectName, t.Year, t.Funds?.Total))
            .Should().Equal(clean.Tables.Select(t => (t.Kind, t.ProjectName, t.Year, t.Funds?.Total)));
        for (var i = 0; i < clean.Tables.Count; i++)
        {
            // A line right after a table's last row may be read as one more row; the table's own rows must all be there.
            var expected = clean.Tables[i].Indicators.Select(Summary).ToList();
            result.Tables[i].Indicators.Select(Summary).Take(expected.Count)
                .Should().Equal(expected, "table {0} ({1}) keeps its rows", i + 1, clean.Tables[i].ProjectName);
        }
    }

    // ---- Helpers ----

    private static string Summary(Indicator i) => $"{i.Name} {i.Value.Comparator} {i.Value.Number} {i.Value.Unit} {i.Value.Grade}";

    /// <summary>Reads without throwing, and checks what holds for any input: no internal error, and a reason whenever no table was read.</summary>
    private static ReadResult ReadSafely(byte[] bytes, string source)
    {
        var result = FluentActions.Invoking(() => DocumentReader.Read(bytes, source)).Should().NotThrow().Subject;

        result.Should().NotBeNull();
        if (result is null) return null!;
        result.Source.Should().Be(source);
        result.Diagnostics.Should().NotContain(d => d.Code == InternalError);
        if (result.Tables.Count == 0)
            result.Diagnostics.Should().Contain(d => d.Severity == Severity.Error, "a result without tables says why");
        foreach (var table in result.Tables)
        {
            table.Diagnostics.Should().NotContain(d => d.Code == InternalError);
            table.Diagnostics.Where(d => d.Indicator is { } k && (k < 0 || k >= table.Indicators.Count))
                .Should().BeEmpty("a finding points at an indicator of its own table");
        }
        return result;
    }

    private static void AssertSmallTable(ReadResult result)
    {
        result.Tables.Should().ContainSingle();
        if (result.Tables.Count != 1) return; // inside an assertion scope the failure above does not stop the test
        var table = result.Tables[0];
        table.ProjectName.Should().Be(SmallProjectName);
        table.Indicators.Select(i => i.Name).Should().Equal("养护农村公路里程", "路面技术状况优良率", "沿线群众满意度");
    }
}
