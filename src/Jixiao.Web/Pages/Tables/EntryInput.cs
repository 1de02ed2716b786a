using System.Globalization;
using System.Text;
using Jixiao.Entries;
using Jixiao.Model;
using Jixiao.Scoring;
using Jixiao.Values;

namespace Jixiao.Web.Pages.Tables;

/// <summary>
/// The monitoring or self-evaluation form as typed: the checkpoint month, the money spent, and per indicator the value
/// reached, score, likelihood, cause and measure. Turned into the engine's entries directly (by index, so two indicators
/// with one name stay apart), and into the entry-sheet CSV that is stored, the same columns as the API's.
/// </summary>
public sealed class EntryInput
{
    public int Month { get; set; }
    public string? Spent { get; set; }
    public string? SpentCause { get; set; }
    public string? SpentMeasure { get; set; }
    public List<EntryRowInput> Rows { get; set; } = [];

    /// <summary>A blank form for the table's budget-year indicators, or one filled from what was entered before.</summary>
    public static EntryInput For(TargetTable table, TableEntries? before, int month) => new()
    {
        Month = month,
        Spent = before?.SpentEntry?.Actual,
        SpentCause = before?.SpentEntry?.Cause,
        SpentMeasure = before?.SpentEntry?.Measure,
        Rows = SelfEvaluator.BudgetYearIndexes(table).Select(k =>
        {
            var e = before?.Indicators.GetValueOrDefault(k);
            return new EntryRowInput
            {
                Index = k, Actual = e?.Actual, Score = e?.Score?.ToString("0.##", CultureInfo.InvariantCulture),
                Likelihood = e?.Likelihood?.ToChinese(), Cause = e?.Cause, Measure = e?.Measure,
            };
        }).ToList(),
    };

    /// <summary>The stored entry sheet read back against the table (the same binding as the API's).</summary>
    public static TableEntries? Parse(TargetTable table, string? csv) =>
        csv is null ? null : EntrySheet.Bind(Encoding.UTF8.GetBytes(csv), "entries.csv", [table]).Tables.GetValueOrDefault(0);

    /// <summary>The entries for the engine; <paramref name="problem"/> says why the money spent could not be read.</summary>
    public TableEntries ToEntries(TargetTable table, out string? problem)
    {
        problem = null;
        var scored = SelfEvaluator.BudgetYearIndexes(table).ToHashSet();
        var indicators = new Dictionary<int, IndicatorEntry>();
        foreach (var r in Rows.Where(r => scored.Contains(r.Index)))
        {
            indicators[r.Index] = new IndicatorEntry
            {
                Actual = Clean(r.Actual), Score = ValueReader.ReadAmount(Clean(r.Score)), Likelihood = LikelihoodText.Parse(r.Likelihood),
                Cause = Clean(r.Cause), Measure = Clean(r.Measure),
            };
        }
        decimal? spent = null;
        IndicatorEntry? spentEntry = null;
        if (Clean(Spent) is { } s)
        {
            spentEntry = new IndicatorEntry { Actual = s, Cause = Clean(SpentCause), Measure = Clean(SpentMeasure) };
            var v = ValueReader.Read(s);
            if (v.Status == ValueStatus.Number && v.Number is { } amount)
            {
                // As the entry sheet does: an amount written in 元 or 亿元 is converted to the table's currency.
                var currency = table.Funds?.Currency ?? "万元";
                spent = v.UnitKind == UnitKind.Money && Units.ToWanYuan(v.Unit) is { } from && Units.ToWanYuan(currency) is { } to ? amount * from / to : amount;
            }
            else problem = $"支出金额“{s}”不是金额，请填写数字（如 45 或 45万元）。";
        }
        else if (Clean(SpentCause) is not null || Clean(SpentMeasure) is not null)
            spentEntry = new IndicatorEntry { Cause = Clean(SpentCause), Measure = Clean(SpentMeasure) };
        return new TableEntries { Indicators = indicators, Spent = spent, SpentEntry = spentEntry };
    }

    /// <summary>The entry-sheet CSV of this form: the record of what was entered.</summary>
    public string ToCsv(TargetTable table)
    {
        var name = Csv.Quote(EntrySheet.NameOf(table));
        var sb = new StringBuilder("table,indicator,actual,score,likelihood,cause,measure\n");
        sb.Append(CultureInfo.InvariantCulture, $"{name},{EntrySheet.SpentRow},{Csv.Quote(Clean(Spent))},,,{Csv.Quote(Clean(SpentCause))},{Csv.Quote(Clean(SpentMeasure))}\n");
        var byIndex = Rows.GroupBy(r => r.Index).ToDictionary(g => g.Key, g => g.Last());
        foreach (var k in SelfEvaluator.BudgetYearIndexes(table))
        {
            var r = byIndex.GetValueOrDefault(k);
            var likelihood = LikelihoodText.Parse(r?.Likelihood)?.ToChinese();
            sb.Append(CultureInfo.InvariantCulture,
                $"{name},{Csv.Quote(EntrySheet.NameOf(table.Indicators[k]))},{Csv.Quote(Clean(r?.Actual))},{Csv.Quote(Clean(r?.Score))},{Csv.Quote(likelihood)},{Csv.Quote(Clean(r?.Cause))},{Csv.Quote(Clean(r?.Measure))}\n");
        }
        return sb.ToString();
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
