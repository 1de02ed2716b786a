namespace Jixiao.Documents.Tests;

/// <summary>Paths of the sample documents and fixtures copied beside the test assembly, and of the artifacts tests leave for people.</summary>
internal static class TestFiles
{
    public static string Root => AppContext.BaseDirectory;

    public static string Seed(string name) => Path.Combine(Root, "seeds", name);

    public static string Fixture(string name) => Path.Combine(Root, "fixtures", name);

    /// <summary>Where tests leave files for a person to look at: TestResults/artifacts beside the test assembly.</summary>
    public static string Artifacts
    {
        get
        {
            var dir = Path.Combine(Root, "TestResults", "artifacts");
            Directory.CreateDirectory(dir);
            return dir;
        }
    }

    public static IEnumerable<string> SeedNames() =>
        Directory.EnumerateFiles(Path.Combine(Root, "seeds"), "*.txt").Select(Path.GetFileName).OfType<string>().Order();
}
