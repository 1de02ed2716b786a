using System.Text.Json.Nodes;
using Jixiao.Exchange;
using Jixiao.Reading;

namespace Jixiao.Tests.Exchange;

public class ExchangeReaderTests
{
    public static TheoryData<string> Seeds() => new(TestFiles.SeedNames());

    [Theory]
    [MemberData(nameof(Seeds))]
    public void ReadTable_ExchangeJsonOfEverySeedTable_GivesTheSameJsonBack(string seed)
    {
        var read = DocumentReader.Read(File.ReadAllBytes(TestFiles.Seed(seed)), seed);
        foreach (var table in read.Tables)
        {
            var json = ExchangeWriter.ToJson(table);

            var back = ExchangeReader.ReadTable(json.ToJsonString());

            back.Errors.Should().BeEmpty();
            var again = ExchangeWriter.ToJson(back.Table!);
            json.Remove("diagnostics");
            again.Remove("diagnostics");
            FirstDifference(json, again, "").Should().BeNull($"{seed} {table.ProjectName} must survive the exchange format");
        }
    }

    private static string? FirstDifference(JsonNode? a, JsonNode? b, string path)
    {
        if (JsonNode.DeepEquals(a, b)) return null;
        if (a is JsonObject oa && b is JsonObject ob)
        {
            foreach (var (k, v) in oa)
                if (FirstDifference(v, ob[k], path + "." + k) is { } d) return d;
            return path + " (keys)";
        }
        if (a is JsonArray xa && b is JsonArray xb && xa.Count == xb.Count)
        {
            for (var i = 0; i < xa.Count; i++)
                if (FirstDifference(xa[i], xb[i], $"{path}[{i}]") is { } d) return d;
        }
        return $"{path}: {a?.ToJsonString()} vs {b?.ToJsonString()}";
    }

    [Theory]
    [InlineData("""{"kind":"chart"}""", "kind")]
    [InlineData("""{"year":"二〇二三"}""", "year")]
    [InlineData("""{"indicators":[{"name":"a","comparator":"about"}]}""", "indicators[0].comparator")]
    [InlineData("""{"indicators":[{"name":"a","level2":"效率指标"}]}""", "indicators[0].level2")]
    [InlineData("""{"funds":{"total":"许多"}}""", "funds.total")]
    [InlineData("""[1]""", "$")]
    [InlineData("""{"kind": """, "$")]
    public void ReadTable_BadInput_SaysWhereAndWhy(string json, string path)
    {
        var result = ExchangeReader.ReadTable(json);

        result.Table.Should().BeNull();
        result.Errors.Should().Contain(e => e.Path == path && e.Reason.Length > 0);
    }
}
