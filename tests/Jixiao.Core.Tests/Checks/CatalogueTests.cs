using System.Text.RegularExpressions;
using Jixiao.Checks;

namespace Jixiao.Tests.Checks;

/// <summary>
/// The catalogue is the contract with reviewers: every check registered once under a stable, well-formed code, with a
/// Chinese title and its page docs/checks/JXnnn.md, and listed in the index.
/// </summary>
public class CatalogueTests
{
    private static readonly string[] Sections = ["## What it finds", "## Why it matters", "## Example", "## Instead"];

    // ECMAScript: \d is [0-9] only, not every Unicode digit.
    private static readonly Regex CodeFormat = new(@"^JX[1-9]\d\d$", RegexOptions.ECMAScript);

    private static readonly Regex Chinese = new(@"\p{IsCJKUnifiedIdeographs}");

    // The hundreds digit is the area (Check.cs): the namespace a check lives in names its area.
    private static readonly Dictionary<string, char> AreaDigit = new()
    {
        ["Jixiao.Checks.Completeness"] = '1',
        ["Jixiao.Checks.Values"] = '2',
        ["Jixiao.Checks.Funds"] = '3',
        ["Jixiao.Checks.Weights"] = '4',
        ["Jixiao.Checks.Classification"] = '5',
    };

    public static TheoryData<string> Codes() => new(CheckCatalogue.All.Select(c => c.Code));

    private static Check ByCode(string code) => CheckCatalogue.All.Single(c => c.Code == code);

    [Fact]
    public void Codes_InTheCatalogue_AreUnique()
    {
        CheckCatalogue.All.Select(c => c.Code).Should().OnlyHaveUniqueItems();
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Code_OfEveryCheck_IsJXAndThreeDigits(string code)
    {
        CodeFormat.IsMatch(code).Should().BeTrue($"“{code}” must be JX followed by three digits, the first not 0 (JX0xx belong to the reader)");
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Code_OfEveryCheck_IsInTheRangeOfItsArea(string code)
    {
        var ns = ByCode(code).GetType().Namespace!;
        AreaDigit.Should().ContainKey(ns, $"{code} lives in a namespace with no code range");
        code[2].Should().Be(AreaDigit[ns], $"{code} lives in {ns}");
    }

    [Fact]
    public void Catalogue_EveryCheckClass_IsRegisteredExactlyOnce()
    {
        var classes = typeof(Check).Assembly.GetTypes()
            .Where(t => t.IsClass && !t.IsAbstract && t.IsSubclassOf(typeof(Check)))
            .ToList();
        var registered = CheckCatalogue.All.Select(c => c.GetType()).ToList();

        classes.Should().NotBeEmpty();
        foreach (var type in classes)
            registered.Count(r => r == type).Should().Be(1, $"{type.Name} must appear in CheckCatalogue.All exactly once");
        registered.Should().OnlyContain(r => classes.Contains(r), "the catalogue holds only the Core assembly's checks");
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Title_OfEveryCheck_IsNonEmptyChinese(string code)
    {
        var title = ByCode(code).Title;

        title.Should().NotBeNullOrWhiteSpace();
        title.Should().Be(title.Trim(), "a title has no leading or trailing blanks");
        Chinese.IsMatch(title).Should().BeTrue($"the title of {code} (“{title}”) must be Chinese");
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Page_OfEveryCheck_StartsWithCodeAndTitle(string code)
    {
        var lines = PageLines(code);

        lines.Should().NotBeEmpty();
        lines[0].Should().Be($"# {code} {ByCode(code).Title}");
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Page_OfEveryCheck_HasTheFourSectionsInOrder(string code)
    {
        var lines = PageLines(code);

        var at = Sections.Select(s => lines.IndexOf(s)).ToList();
        for (var i = 0; i < Sections.Length; i++)
            at[i].Should().BeGreaterThan(0, $"docs/checks/{code}.md must have the heading “{Sections[i]}”");
        at.Should().BeInAscendingOrder($"the sections of docs/checks/{code}.md come in the order {string.Join(", ", Sections)}");
        for (var i = 0; i < Sections.Length; i++)
        {
            var end = i + 1 < Sections.Length ? at[i + 1] : lines.Count;
            lines.Skip(at[i] + 1).Take(end - at[i] - 1).Should().Contain(l => l.Trim().Length > 0, $"“{Sections[i]}” of {code} must not be empty");
        }
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Index_EveryCode_IsListedWithALinkToItsPage(string code)
    {
        File.ReadAllText(Path.Combine(ChecksDocs, "README.md")).Should().Contain($"[{code}]({code}.md)");
    }

    [Fact]
    public void Page_WithoutARegisteredCheck_IsMarkedRetired()
    {
        var registered = CheckCatalogue.All.Select(c => c.Code).ToHashSet();
        var pages = Directory.EnumerateFiles(ChecksDocs, "JX*.md").Select(Path.GetFileNameWithoutExtension).OfType<string>();

        foreach (var code in pages.Where(p => !registered.Contains(p)))
            File.ReadAllText(Path.Combine(ChecksDocs, code + ".md")).Should().Contain("已停用", $"{code} has a page but no check: a retired code stays documented as retired");
    }

    private static List<string> PageLines(string code)
    {
        var path = Path.Combine(ChecksDocs, code + ".md");
        File.Exists(path).Should().BeTrue($"every check has its page docs/checks/{code}.md");
        return File.ReadAllLines(path).Select(l => l.TrimEnd()).ToList();
    }

    /// <summary>docs/checks at the repository root: the first directory above the test assembly that holds Jixiao.slnx.</summary>
    private static string ChecksDocs => LazyChecksDocs.Value;

    private static readonly Lazy<string> LazyChecksDocs = new(FindChecksDocs);

    private static string FindChecksDocs()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Jixiao.slnx")))
                return Path.Combine(dir.FullName, "docs", "checks");
        throw new InvalidOperationException($"No Jixiao.slnx above {AppContext.BaseDirectory}: cannot find the repository root.");
    }
}
