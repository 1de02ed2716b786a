using System.Globalization;
using Jixiao.Diagnostics;
using Jixiao.Framework;
using Jixiao.Model;
using Jixiao.Values;

namespace Jixiao.Web.Pages.Tables;

/// <summary>
/// The editor's form and its mapping to and from <see cref="TargetTable"/>. The form shows only what a person edits;
/// everything else (title, spending plan, descriptions, source lines …) is carried over from the table the editor was
/// opened on, and a value left as it was keeps its text as written.
/// </summary>
public sealed class TableForm
{
    public const string NotANumber = "不是数字";
    public const string NotAYear = "年度应为 2000 到 2100 之间的年份";

    /// <summary>What the form gives: the table, the form row of each of its indicators, and the fields that could not be read.</summary>
    public sealed record Result(TargetTable Table, IReadOnlyList<int> RowOf, IReadOnlyDictionary<string, string> Errors)
    {
        public bool Ok => Errors.Count == 0;

        /// <summary>Findings pointing at the editor's rows instead of the table's indicators (blank rows are not in the table).</summary>
        public IReadOnlyList<Diagnostic> ForRows(IEnumerable<Diagnostic> findings) =>
            findings.Select(f => f.Indicator is { } i && i >= 0 && i < RowOf.Count ? f with { Indicator = RowOf[i] } : f).ToList();
    }

    public string? ProjectName { get; set; }
    public string? ProjectCode { get; set; }
    public string? Department { get; set; }
    public string? Unit { get; set; }
    public string? Manager { get; set; }
    public string? Phone { get; set; }
    public string? ProjectType { get; set; }
    public string? Duration { get; set; }
    public string? Year { get; set; }
    public string? FundsCurrency { get; set; }
    public FundsFields Annual { get; set; } = new();
    public FundsFields MidTerm { get; set; } = new();
    public string? FundsUsage { get; set; }
    public string? AnnualGoal { get; set; }
    public string? MidTermGoal { get; set; }
    public string? MidTermPeriod { get; set; }
    public List<IndicatorRow> Indicators { get; set; } = [];

    public static TableForm From(TargetTable t) => new()
    {
        ProjectName = t.ProjectName,
        ProjectCode = t.ProjectCode,
        Department = t.Department,
        Unit = t.Unit,
        Manager = t.Manager,
        Phone = t.Phone,
        ProjectType = t.ProjectType,
        Duration = t.Duration,
        Year = t.Year?.ToString(CultureInfo.InvariantCulture),
        FundsCurrency = t.Funds?.Currency ?? t.MidTermFunds?.Currency ?? "万元",
        Annual = Fields(t.Funds),
        MidTerm = Fields(t.MidTermFunds),
        FundsUsage = t.FundsUsage,
        AnnualGoal = t.Goals.Annual,
        MidTermGoal = t.Goals.MidTerm,
        MidTermPeriod = t.Goals.MidTermPeriod,
        Indicators = t.Indicators.Select((i, k) => Row(i, k)).ToList(),
    };

    /// <summary>The row an indicator shows as; <paramref name="key"/> is its index in the table.</summary>
    public static IndicatorRow Row(Indicator i, int? key)
    {
        var (comparator, value, unit) = ValueFields(i.Value);
        return new IndicatorRow
        {
            Key = key?.ToString(CultureInfo.InvariantCulture),
            Level1 = i.Level1?.Name(),
            Level2 = i.Level2?.Name(),
            Name = i.Name,
            Comparator = comparator,
            Value = value,
            Unit = unit,
            Weight = N(i.Weight),
            Horizon = i.Horizon == Horizon.MidTerm ? "midTerm" : "annual",
            Basis = i.Basis,
        };
    }

    /// <summary>The table as edited, built on <paramref name="original"/> so that what the form does not show is kept.</summary>
    public Result ToTable(TargetTable original)
    {
        var errors = new Dictionary<string, string>();
        int? year = null;
        if (!string.IsNullOrWhiteSpace(Year))
        {
            if (int.TryParse(Year.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 2000 and <= 2100) year = y;
            else errors["Year"] = NotAYear;
        }
        var currency = FundsCurrency is "元" or "万元" ? FundsCurrency : original.Funds?.Currency ?? "万元";
        var indicators = new List<Indicator>();
        var rowOf = new List<int>();
        for (var r = 0; r < Indicators.Count; r++)
        {
            var row = Indicators[r];
            if (row.IsBlank) continue;
            var baseline = int.TryParse(row.Key, NumberStyles.None, CultureInfo.InvariantCulture, out var k) && k < original.Indicators.Count ? original.Indicators[k] : null;
            indicators.Add(Indicator(row, baseline, $"Indicators[{r}]", errors));
            rowOf.Add(r);
        }
        var table = original with
        {
            ProjectName = Text(ProjectName),
            ProjectCode = Text(ProjectCode),
            Department = Text(Department),
            Unit = Text(Unit),
            Manager = Text(Manager),
            Phone = Text(Phone),
            ProjectType = Text(ProjectType),
            Duration = Text(Duration),
            Year = year,
            Funds = Funds(Annual, original.Funds, currency, "Annual", errors),
            MidTermFunds = Funds(MidTerm, original.MidTermFunds, currency, "MidTerm", errors),
            FundsUsage = Text(FundsUsage),
            Goals = original.Goals with { Annual = Text(AnnualGoal), MidTerm = Text(MidTermGoal), MidTermPeriod = Text(MidTermPeriod) },
            Indicators = indicators,
            Diagnostics = [],
        };
        return new Result(table, rowOf, errors);
    }

    private static Indicator Indicator(IndicatorRow row, Indicator? baseline, string path, Dictionary<string, string> errors)
    {
        var b = baseline ?? new Indicator();
        var level2 = IndicatorFramework.ParseLevel2(Text(row.Level2));
        var level1 = IndicatorFramework.ParseLevel1(Text(row.Level1)) ?? level2?.Parent();
        var (comparator, value, unit) = (Text(row.Comparator), Text(row.Value), Text(row.Unit));
        var untouched = baseline is not null && ValueFields(baseline.Value) == (comparator, value, unit);
        return b with
        {
            Level1 = level1,
            Level2 = level2,
            // The label as written stays while the level does; a level chosen in the editor is written as its name.
            Level1Text = level1 == b.Level1 ? b.Level1Text : level1?.Name(),
            Level2Text = level2 == b.Level2 ? b.Level2Text : level2?.Name(),
            Name = Text(row.Name),
            Value = untouched ? b.Value : Value(comparator, value, unit),
            NatureText = untouched ? b.NatureText : comparator,
            Weight = Amount(row.Weight, $"{path}.Weight", errors),
            Horizon = row.Horizon == "midTerm" ? Horizon.MidTerm : Horizon.Annual,
            Basis = Text(row.Basis),
        };
    }

    /// <summary>Reads the comparator, value and unit fields the way the reader reads the same three cells of a table.</summary>
    public static IndicatorValue Value(string? comparator, string? value, string? unit)
    {
        if (value is null)
        {
            var c = comparator is null or "定性" ? (Comparator?)null : ValueReader.ReadNature(comparator);
            return IndicatorValue.Empty with { Comparator = c, Unit = unit, UnitKind = Units.Classify(unit) };
        }
        var read = ValueReader.Read(value, comparator, unit);
        if (read.Status != ValueStatus.Number) return read.Status == ValueStatus.Qualitative ? read with { Text = value } : read;
        // Written the way a person writes the cell: ≥95%, not "≥ 95 %".
        var text = value;
        if (comparator is not null && comparator != "定性" && read.Comparator is not null && !StartsWithComparator(value)) text = comparator + text;
        if (unit is not null && !value.EndsWith(unit, StringComparison.Ordinal)) text += unit;
        return read with { Text = text };
    }

    /// <summary>The comparator, value and unit fields that show a value.</summary>
    public static (string? Comparator, string? Value, string? Unit) ValueFields(IndicatorValue v) => v.Status switch
    {
        ValueStatus.Number => (v.Comparator?.ToSymbol(), N(v.Number), v.Unit),
        ValueStatus.Qualitative => ("定性", Text(v.Grade ?? v.Text), null),
        ValueStatus.Empty => (v.Comparator?.ToSymbol(), null, v.Unit),
        _ => (null, Text(v.Text), null),
    };

    private static Funds? Funds(FundsFields f, Funds? original, string currency, string path, Dictionary<string, string> errors)
    {
        var funds = (original ?? new Funds()) with
        {
            Total = Amount(f.Total, path + ".Total", errors),
            Fiscal = Amount(f.Fiscal, path + ".Fiscal", errors),
            Special = Amount(f.Special, path + ".Special", errors),
            Own = Amount(f.Own, path + ".Own", errors),
            CarryOver = Amount(f.CarryOver, path + ".CarryOver", errors),
            Other = Amount(f.Other, path + ".Other", errors),
            Currency = currency,
        };
        return funds.IsEmpty && original is null ? null : funds;
    }

    private static FundsFields Fields(Funds? f) => new()
    {
        Total = N(f?.Total), Fiscal = N(f?.Fiscal), Special = N(f?.Special), Own = N(f?.Own), CarryOver = N(f?.CarryOver), Other = N(f?.Other),
    };

    private static decimal? Amount(string? s, string field, Dictionary<string, string> errors)
    {
        if (string.IsNullOrWhiteSpace(s)) return null;
        if (ValueReader.ReadAmount(s) is { } d) return d;
        errors[field] = $"“{s.Trim()}”{NotANumber}";
        return null;
    }

    private static bool StartsWithComparator(string s) => s.Length > 0 && "≥≤><=≧≦≈≅＞＜＝".Contains(s[0]);

    private static string? Text(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    /// <summary>A number as a person writes it: 5.544, 100 (no trailing zeros, no thousands separator).</summary>
    public static string? N(decimal? d) => d?.ToString("0.##########", CultureInfo.InvariantCulture);
}
