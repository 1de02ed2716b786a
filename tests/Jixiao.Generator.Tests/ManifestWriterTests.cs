using System.Text.Json;

namespace Jixiao.Generator.Tests;

public class ManifestWriterTests
{
    [Fact]
    public void Write_Documents_ListsTablesPlantsAndSummary()
    {
        var options = new GeneratorOptions { Seed = 3, ErrorRate = 0.5 };
        var docs = new DocumentGenerator(options).Generate(40).ToList();
        using var stream = new MemoryStream();

        using (var manifest = new ManifestWriter(stream, options, 40))
            foreach (var d in docs) manifest.Add(d);

        var json = JsonDocument.Parse(stream.ToArray()).RootElement;
        json.GetProperty("seed").GetInt32().Should().Be(3);
        json.GetProperty("documents").GetArrayLength().Should().Be(docs.Count);
        var summary = json.GetProperty("summary");
        summary.GetProperty("tables").GetInt64().Should().Be(40);
        summary.GetProperty("planted").GetInt64().Should().Be(docs.Sum(d => d.Planted.Count()));
        var first = docs.SelectMany(d => d.Planted.Select(p => (d, p))).First();
        var table = json.GetProperty("documents")[docs.IndexOf(first.d)].GetProperty("tables")[first.p.Table];
        table.GetProperty("planted").GetProperty("code").GetString().Should().Be(first.p.Code);
        table.GetProperty("name").GetString().Should().Be(first.p.TableName);
    }
}
