using System.Text.Json;
using Jixiao.Cli;

namespace Jixiao.Cli.Tests;

public class GenCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "jixiao-gen-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var exit = CliApp.Run(args, o, e, () => Stream.Null);
        return (exit, o.ToString(), e.ToString());
    }

    [Fact]
    public void Gen_TablesAndSeed_WritesDocumentsSheetsAndManifest()
    {
        var (exit, output, _) = Run("gen", "--tables", "30", "--seed", "4", "--out", _dir, "--errors", "0.5");

        exit.Should().Be(GenCommand.Ok);
        output.Should().Contain("30 张表");
        var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_dir, "manifest.json"))).RootElement;
        manifest.GetProperty("summary").GetProperty("tables").GetInt64().Should().Be(30);
        foreach (var doc in manifest.GetProperty("documents").EnumerateArray())
        {
            File.Exists(Path.Combine(_dir, doc.GetProperty("file").GetString()!)).Should().BeTrue();
            File.Exists(Path.Combine(_dir, doc.GetProperty("actuals").GetString()!)).Should().BeTrue();
        }
    }

    [Fact]
    public void Gen_SameSeedTwice_SameBytes()
    {
        Run("gen", "--tables", "20", "--seed", "9", "--out", Path.Combine(_dir, "a"));
        Run("gen", "--tables", "20", "--seed", "9", "--out", Path.Combine(_dir, "b"));

        foreach (var file in Directory.EnumerateFiles(Path.Combine(_dir, "a")))
            File.ReadAllBytes(file).Should().Equal(File.ReadAllBytes(Path.Combine(_dir, "b", Path.GetFileName(file))));
    }

    [Fact]
    public void Gen_Layouts_UsesOnlyThose()
    {
        Run("gen", "--tables", "20", "--out", _dir, "--layouts", "pipes,spaces");

        Directory.EnumerateFiles(_dir, "*.txt").Select(Path.GetFileName).Where(f => !f!.EndsWith(".actuals.csv", StringComparison.Ordinal))
            .Should().OnlyContain(f => f!.Contains("_pipes") || f.Contains("_spaces"));
    }

    [Fact]
    public void Gen_UnknownLayout_ExitsTwoAndNamesIt()
    {
        var (exit, _, err) = Run("gen", "--tables", "5", "--out", _dir, "--layouts", "tabs,word");

        exit.Should().Be(GenCommand.BadArguments);
        err.Should().Contain("word");
    }

    [Fact]
    public void Gen_CheckAGeneratedDocument_FindsWhatTheManifestSays()
    {
        Run("gen", "--tables", "40", "--seed", "2", "--out", _dir, "--errors", "1");
        var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_dir, "manifest.json"))).RootElement;
        var doc = manifest.GetProperty("documents")[0];
        var codes = doc.GetProperty("tables").EnumerateArray().Select(t => t.GetProperty("planted").GetProperty("code").GetString()).ToList();

        var (_, output, _) = Run("check", Path.Combine(_dir, doc.GetProperty("file").GetString()!));

        foreach (var code in codes) output.Should().Contain(code!);
    }
}
