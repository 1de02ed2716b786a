using Jixiao.Diagnostics;
using Jixiao.Framework;
using Jixiao.Values;

namespace Jixiao.Profiles;

/// <summary>A named, versioned set of the settings that vary by province and year (DOMAIN.md §8).</summary>
public sealed record Profile
{
    public string Name { get; init; } = "national";
    public string Version { get; init; } = "";
    public string? Description { get; init; }
    // Defaults are the national values, so a profile that leaves a section out keeps the national rule.
    public IReadOnlySet<Comparator> AllowedComparators { get; init; } = new HashSet<Comparator>(Enum.GetValues<Comparator>().Where(c => c != Comparator.Approximately));
    public IReadOnlyList<IReadOnlyList<Level2>> RequiredCategories { get; init; } =
    [
        [Level2.Quantity], [Level2.Quality], [Level2.Timeliness], [Level2.Economic, Level2.Social, Level2.Ecological, Level2.Sustainable], [Level2.Satisfaction],
    ];
    public IReadOnlyDictionary<Level1, decimal> Level1Shares { get; init; } = new Dictionary<Level1, decimal>
    {
        [Level1.Output] = 50, [Level1.Effect] = 30, [Level1.Satisfaction] = 10,
    };

    /// <summary>Every finding code Jixiao can give: the reader's, the checks', scoring's and monitoring's.</summary>
    public static IReadOnlySet<string> KnownCodes => Codes.Value;

    private static readonly Lazy<HashSet<string>> Codes = new(() =>
    {
        var set = Checks.CheckCatalogue.All.Select(c => c.Code).ToHashSet();
        foreach (var type in new[] { typeof(ReadingCodes), typeof(Scoring.ScoringCodes) })
            foreach (var f in type.GetFields().Where(f => f.IsLiteral && f.FieldType == typeof(string)))
                set.Add((string)f.GetRawConstantValue()!);
        set.Add("JX099");
        return set;
    });
    public decimal BudgetExecutionShare { get; init; } = 10;
    public decimal ShareTolerance { get; init; } = 15;
    public decimal WeightTotal { get; init; } = 100;
    public IReadOnlyDictionary<string, Severity> SeverityOverrides { get; init; } = new Dictionary<string, Severity>();
    public IReadOnlySet<string> Disabled { get; init; } = new HashSet<string>();
    public GradeFormula Grade { get; init; } = new();
    public ScoringSettings Scoring { get; init; } = new();
    public MonitoringSettings Monitoring { get; init; } = new();

    /// <summary>The national default profile shipped with Jixiao.</summary>
    public static Profile National => NationalProfile.Value;

    private static readonly Lazy<Profile> NationalProfile = new(() =>
    {
        using var stream = typeof(Profile).Assembly.GetManifestResourceStream("Jixiao.Profiles.national.json")
                           ?? throw new InvalidOperationException("The national profile is not embedded.");
        using var reader = new StreamReader(stream);
        var result = ProfileReader.Parse(reader.ReadToEnd(), "national.json");
        return result.Profile ?? throw new InvalidOperationException("The shipped national profile is invalid: " + string.Join("; ", result.Errors));
    });
}
