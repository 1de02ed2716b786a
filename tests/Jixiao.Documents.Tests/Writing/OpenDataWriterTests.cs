using System.Text.Json.Nodes;
using Jixiao.Documents.Writing;
using Jixiao.Entries;
using Jixiao.Model;

namespace Jixiao.Documents.Tests.Writing;

public class OpenDataWriterTests
{
    // The contract of EXCHANGE.md: names other tools rely on.
    private static readonly string[] DocumentFields = ["source", "tables", "diagnostics"];
    private static readonly string[] TableFields =
        ["kind", "stage", "year", "unit", "department", "projectName", "projectCode", "funds", "midTermFunds", "spendingPlan", "goals", "indicators", "diagnostics"];
    private static readonly string[] FundsFields = ["total", "fiscal", "special", "own", "carryOver", "other", "currency"];
    private static readonly string[] IndicatorFields =
    [
        "level1", "level2", "level1Text", "level2Text", "name", "description", "comparator", "value", "unit", "grade", "valueText",
        "weight", "basis", "horizon", "actual", "score", "line",
    ];

    [Fact]
    public void Write_Seeds_GivesAnArrayOfDocumentsInTheExchangeFormat()
    {
        var documents = WriterSeeds.All();

        var json = JsonNode.Parse(OpenDataWriter.Write(documents).Json)!.AsArray();

        json.Should().HaveCount(documents.Count);
        for (var d = 0; d < documents.Count; d++)
        {
            var doc = json[d]!.AsObject();
            doc.Select(p => p.Key).Should().Contain(DocumentFields);
            doc["source"]!.GetValue<string>().Should().Be(documents[d].Source);
            var tables = doc["tables"]!.AsArray();
            tables.Should().HaveCount(documents[d].Tables.Count);
            foreach (var table in tables.Select(t => t!.AsObject()))
            {
                table.Select(p => p.Key).Should().Contain(TableFields);
                table["kind"]!.GetValue<string>().Should().BeOneOf("project", "department");
                table["stage"]!.GetValue<string>().Should().Be("target");
                if (table["funds"] is JsonObject funds) funds.Select(p => p.Key).Should().Contain(FundsFields);
                table["goals"]!.AsObject().Select(p => p.Key).Should().Contain(["annual", "midTerm", "midTermPeriod"]);
                foreach (var i in table["indicators"]!.AsArray().Select(i => i!.AsObject()))
                {
                    i.Select(p => p.Key).Should().Contain(IndicatorFields);
                    i["horizon"]!.GetValue<string>().Should().BeOneOf("annual", "midTerm");
                }
            }
        }
    }

    [Fact]
    public void Write_Seed000_KeepsTheIndicatorAsTheExchangeExampleShowsIt()
    {
        var json = JsonNode.Parse(OpenDataWriter.Write([WriterSeeds.Read("000_a2e8745f1a3936ea.txt")]).Json)!;

        var indicator = json[0]!["tables"]!.AsArray()
            .Where(t => t!["projectName"]?.GetValue<string>() == "信访稳定工作专项")
            .SelectMany(t => t!["indicators"]!.AsArray())
            .Single(i => i!["name"]!.GetValue<string>() == "县领导公开接访服务量")!;

        indicator["level1"]!.GetValue<string>().Should().Be("产出指标");
        indicator["comparator"]!.GetValue<string>().Should().Be(">=");
        indicator["value"]!.GetValue<decimal>().Should().Be(200);
        indicator["unit"]!.GetValue<string>().Should().Be("次");
    }

    [Fact]
    public void Write_ByDefault_MasksMobileNumbersForPublishing()
    {
        var (json, _) = OpenDataWriter.Write([WriterSeeds.Read("000_a2e8745f1a3936ea.txt")]);

        json.Should().Contain("陶俐 191****3693").And.NotContain("19112413693");
    }

    [Fact]
    public void Write_MaskingOff_KeepsNumbersAsWritten()
    {
        var (json, _) = OpenDataWriter.Write([WriterSeeds.Read("000_a2e8745f1a3936ea.txt")], maskPhones: false);

        json.Should().Contain("陶俐 19112413693");
    }

    [Fact]
    public void Write_Seeds_DescribesThePackageForDataPortals()
    {
        var descriptor = JsonNode.Parse(OpenDataWriter.Write(WriterSeeds.All()).Descriptor)!.AsObject();

        descriptor["name"]!.GetValue<string>().Should().MatchRegex("^[a-z0-9._-]+$");
        descriptor["title"]!.GetValue<string>().Should().NotBeNullOrWhiteSpace();
        descriptor["licenses"]!.AsArray().Single()!["name"]!.GetValue<string>().Should().Be(OpenDataWriter.LicensePlaceholder);
        var resources = descriptor["resources"]!.AsArray().Select(r => r!.AsObject()).ToList();
        resources.Select(r => r["path"]!.GetValue<string>()).Should().Equal(OpenDataWriter.JsonPath, OpenDataWriter.CsvPath);
        resources.Select(r => r["format"]!.GetValue<string>()).Should().Equal("json", "csv");
        foreach (var field in resources.SelectMany(r => r["schema"]!["fields"]!.AsArray()))
        {
            field!["name"]!.GetValue<string>().Should().NotBeNullOrWhiteSpace();
            field["type"]!.GetValue<string>().Should().BeOneOf("string", "integer", "number", "object", "array");
            field["title"]!.GetValue<string>().Should().MatchRegex(@"\p{IsCJKUnifiedIdeographs}");
            field["description"]!.GetValue<string>().Should().NotBeNullOrWhiteSpace();
        }
    }

    public static IEnumerable<object[]> TableSets()
    {
        yield return [WriterSeeds.All()];
        var evaluated = WriterSeeds.Project("自评表", WriterSeeds.Indicator("群众满意度") with { ActualText = "92%", Score = 10 }) with
        {
            Stage = TableStage.SelfEvaluation,
        };
        yield return [new List<ReadResult> { WriterSeeds.Read("001_e7de79ac1631b66e.txt"), new("自评.txt", [evaluated], []) }];
    }

    [Theory]
    [MemberData(nameof(TableSets))]
    public void Write_Documents_DescriptorListsEveryCsvColumn(List<ReadResult> documents)
    {
        var descriptor = JsonNode.Parse(OpenDataWriter.Write(documents).Descriptor)!;
        var csv = CsvWriter.Write(documents.SelectMany(d => d.Tables).ToList());

        var header = Csv.Parse(csv[1..])[0].Fields;
        var csvResource = descriptor["resources"]!.AsArray().Single(r => r!["path"]!.GetValue<string>() == OpenDataWriter.CsvPath)!;
        var names = csvResource["schema"]!["fields"]!.AsArray().Select(f => f!["name"]!.GetValue<string>()).ToList();

        names.Should().Equal(header, "a Table Schema lists the CSV's columns in order");
    }

    [Theory]
    [MemberData(nameof(TableSets))]
    public void Write_Documents_DescriptorListsEveryJsonField(List<ReadResult> documents)
    {
        var (json, descriptorText) = OpenDataWriter.Write(documents);
        var descriptor = JsonNode.Parse(descriptorText)!;

        var jsonResource = descriptor["resources"]!.AsArray().Single(r => r!["path"]!.GetValue<string>() == OpenDataWriter.JsonPath)!;
        var described = jsonResource["schema"]!["fields"]!.AsArray().Select(f => f!["name"]!.GetValue<string>()).ToHashSet();
        var present = JsonNode.Parse(json)!.AsArray().SelectMany(d => Paths(d!, "")).ToHashSet();

        present.Should().NotBeEmpty();
        present.Except(described).Should().BeEmpty("every field the JSON holds is described");
    }

    /// <summary>The path of every property inside a document, as the descriptor writes it: `tables[].funds.total`.</summary>
    private static IEnumerable<string> Paths(JsonNode node, string path)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o)
                {
                    var child = path.Length == 0 ? key : $"{path}.{key}";
                    yield return child;
                    if (value is not null) foreach (var p in Paths(value, child)) yield return p;
                }
                break;
            case JsonArray a:
                foreach (var item in a.OfType<JsonNode>())
                    foreach (var p in Paths(item, path + "[]"))
                        yield return p;
                break;
        }
    }
}
