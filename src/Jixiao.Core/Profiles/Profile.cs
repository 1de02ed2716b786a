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
    public IReadOnlySet<Comparator> AllowedComparators { get; init; } = new HashSet<Comparator>();
    public IReadOnlyList<IReadOnlyList<Level2>> RequiredCategories { get; init; } = [];
    public IReadOnlyDictionary<Level1, decimal> Level1Shares { get; init; } = new Dictionary<Level1, decimal>();
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
