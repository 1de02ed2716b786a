namespace Jixiao.Tests;

/// <summary>Paths of the sample documents, goldens and fixtures copied beside the test assembly.</summary>
internal static class TestFiles
{
    public static string Root => AppContext.BaseDirectory;

    public static string Seed(string name) => Path.Combine(Root, "seeds", name);

    public static string Golden(string name) => Path.Combine(Root, "Reading", "Golden", name);

    public static string Fixture(string name) => Path.Combine(Root, "Reading", "Fixtures", name);

    public static IEnumerable<string> SeedNames() =>
        Directory.EnumerateFiles(Path.Combine(Root, "seeds"), "*.txt").Select(Path.GetFileName).OfType<string>().Order();
}
