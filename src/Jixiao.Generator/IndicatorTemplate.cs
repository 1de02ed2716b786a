namespace Jixiao.Generator;

/// <summary>
/// A level-3 indicator as written in real tables: its name, what its target is, the range a target is drawn from, and
/// the comparator that suits its direction (≥ for more is better, ≤ for less is better, = for a standard).
/// </summary>
internal sealed record IndicatorTemplate(string Name, ValueKind Kind, string? Unit = null, int Min = 0, int Max = 0, string Comparator = "≥", string[]? Grades = null)
{
    public static IndicatorTemplate Count(string name, string unit, int min, int max, string cmp = "≥") => new(name, ValueKind.Count, unit, min, max, cmp);
    public static IndicatorTemplate Rate(string name, int min = 90, int max = 100, string cmp = "≥") => new(name, ValueKind.Percent, "%", min, max, cmp);
    public static IndicatorTemplate Time(string name, string unit, int min, int max) => new(name, ValueKind.Duration, unit, min, max, "≤");
    public static IndicatorTemplate Grade(string name, params string[] grades) => new(name, ValueKind.Qualitative, Grades: grades);
}
