using System.Globalization;
using Jixiao.Diagnostics;
using Jixiao.Model;
using Jixiao.Reading;
using Jixiao.Scoring;
using Jixiao.Values;

namespace Jixiao.Entries;

/// <summary>
/// Reads an entry sheet — a CSV a person writes in a spreadsheet, columns table, indicator, actual, score,
/// likelihood, cause, measure (the first three required) — and binds its rows to the tables of a document.
/// `部门整体` names the department table; the reserved indicator `预算执行数` gives the money spent. A row that names
/// no table or indicator of the document is a finding with the nearest name; nothing is silently dropped.
/// </summary>
public static class EntrySheet
{
    public const string DepartmentTable = "部门整体";
    public const string SpentRow = "预算执行数";

    private static readonly Dictionary<string, string> Columns = new()
    {
        ["table"] = "table", ["表"] = "table", ["项目名称"] = "table", ["表名"] = "table",
        ["indicator"] = "indicator", ["指标"] = "indicator", ["三级指标"] = "indicator", ["指标名称"] = "indicator",
        ["actual"] = "actual", ["实际完成值"] = "actual", ["完成值"] = "actual", ["实际值"] = "actual",
        ["score"] = "score", ["得分"] = "score",
        ["likelihood"] = "likelihood", ["完成可能性"] = "likelihood",
        ["cause"] = "cause", ["偏差原因"] = "cause",
        ["measure"] = "measure", ["改进措施"] = "measure",
    };

    public sealed record Result(IReadOnlyDictionary<int, TableEntries> Tables, IReadOnlyList<Diagnostic> Findings);

    public static Result Bind(ReadOnlySpan<byte> csv, string file, IReadOnlyList<TargetTable> tables)
    {
        var (text, _, decodeFindings) = TextDecoder.Decode(csv);
        var findings = decodeFindings.Select(f => f with { File = file }).ToList();
        var rows = Csv.Parse(text);
        var byTable = new Dictionary<int, (Dictionary<int, IndicatorEntry> Entries, IndicatorEntry? Spent)>();
        if (rows.Count == 0)
        {
            findings.Add(Finding(ScoringCodes.MissingColumn, Severity.Error, $"{file} 是空的：第一行应为列名 table,indicator,actual,…", file, 1));
            return new Result(new Dictionary<int, TableEntries>(), findings);
        }
        var header = rows[0].Fields.Select(h => Columns.GetValueOrDefault(h.Trim().TrimStart('\uFEFF').ToLowerInvariant())).ToList();
        foreach (var required in new[] { "table", "indicator", "actual" })
            if (!header.Contains(required))
                findings.Add(Finding(ScoringCodes.MissingColumn, Severity.Error, $"{file} 第 1 行缺少必需的列“{required}”；列名应为 table,indicator,actual,score,likelihood,cause,measure（后四列可省略）。", file, 1));
        if (findings.Exists(f => f.Code == ScoringCodes.MissingColumn)) return new Result(new Dictionary<int, TableEntries>(), findings);

        string? Get(List<string> fields, string column)
        {
            var at = header.IndexOf(column);
            if (at < 0 || at >= fields.Count) return null;
            var v = fields[at].Trim();
            return v.Length == 0 ? null : v;
        }

        var tableNames = tables.Select((t, i) => (Name: NameOf(t), Index: i)).ToList();
        foreach (var (line, fields) in rows.Skip(1))
        {
            var tableName = Get(fields, "table");
            var indicatorName = Get(fields, "indicator");
            if (tableName is null || indicatorName is null)
            {
                findings.Add(Finding(ScoringCodes.MalformedRow, Severity.Warning, $"{file} 第 {line} 行缺少表名或指标名，已跳过。", file, line));
                continue;
            }
            var match = tableNames.FirstOrDefault(t => t.Name == tableName);
            if (match.Name is null)
            {
                var near = Names.Nearest(tableName, tableNames.Select(t => t.Name));
                findings.Add(Finding(ScoringCodes.UnknownTable, Severity.Error, $"{file} 第 {line} 行的表“{tableName}”在文档中不存在{(near is null ? "" : $"，是否是“{near}”？")}", file, line));
                continue;
            }
            var table = tables[match.Index];
            if (!byTable.TryGetValue(match.Index, out var slot)) slot = ([], null);
            var score = Get(fields, "score");
            decimal? scoreValue = score is null ? null : ValueReader.ReadAmount(score);
            if (score is not null && scoreValue is null)
                findings.Add(Finding(ScoringCodes.MalformedRow, Severity.Warning, $"{file} 第 {line} 行的得分“{score}”不是数字，已忽略。", file, line));
            var likelihoodText = Get(fields, "likelihood");
            var likelihood = LikelihoodText.Parse(likelihoodText);
            if (likelihoodText is not null && likelihood is null)
                findings.Add(Finding(ScoringCodes.MalformedRow, Severity.Warning, $"{file} 第 {line} 行的完成可能性“{likelihoodText}”应为 确定能、有可能 或 不可能，已忽略。", file, line));
            var entry = new IndicatorEntry
            {
                Actual = Get(fields, "actual"), Score = scoreValue, Likelihood = likelihood,
                Cause = Get(fields, "cause"), Measure = Get(fields, "measure"), File = file, Line = line,
            };
            if (indicatorName == SpentRow)
            {
                if (slot.Spent is not null) findings.Add(Finding(ScoringCodes.DuplicateEntry, Severity.Warning, $"{file} 第 {line} 行重复填写了“{tableName}”的预算执行数，以此行为准。", file, line));
                slot = (slot.Entries, entry);
            }
            else
            {
                var index = FindIndicator(table, indicatorName);
                if (index is null)
                {
                    var near = Names.Nearest(indicatorName, table.Indicators.Where(i => i.Name is not null).Select(i => i.Name!).Append(SpentRow));
                    findings.Add(Finding(ScoringCodes.UnknownIndicator, Severity.Error, $"{file} 第 {line} 行：表“{tableName}”中没有指标“{indicatorName}”{(near is null ? "" : $"，是否是“{near}”？")}", file, line));
                    continue;
                }
                if (slot.Entries.ContainsKey(index.Value))
                    findings.Add(Finding(ScoringCodes.DuplicateEntry, Severity.Warning, $"{file} 第 {line} 行重复填写了指标“{indicatorName}”，以此行为准。", file, line));
                slot.Entries[index.Value] = entry;
            }
            byTable[match.Index] = slot;
        }

        var result = new Dictionary<int, TableEntries>();
        foreach (var (index, (entries, spentEntry)) in byTable)
        {
            decimal? spent = null;
            if (spentEntry?.Actual is { } s)
            {
                var v = ValueReader.Read(s);
                if (v.Status == ValueStatus.Number && v.Number is { } amount)
                {
                    var currency = tables[index].Funds?.Currency ?? "万元";
                    spent = v.UnitKind == UnitKind.Money && Units.ToWanYuan(v.Unit) is { } from && Units.ToWanYuan(currency) is { } to ? amount * from / to : amount;
                }
                else findings.Add(Finding(ScoringCodes.MalformedRow, Severity.Warning, $"{file} 第 {spentEntry.Line} 行的预算执行数“{s}”不是金额，已忽略。", file, spentEntry.Line ?? 0));
            }
            result[index] = new TableEntries { Indicators = entries, Spent = spent, SpentEntry = spentEntry };
        }
        return new Result(result, findings);
    }

    /// <summary>The name a sheet uses for a table: its project name, or 部门整体 for the department table.</summary>
    public static string NameOf(TargetTable t) =>
        t.Kind == TableKind.Department ? DepartmentTable : t.ProjectName ?? $"第{t.Line}行的表";

    /// <summary>The name a sheet uses for an indicator: its name, or 第N行 for one without a name.</summary>
    public static string NameOf(Indicator i) => i.Name ?? $"第{i.Line}行";

    private static int? FindIndicator(TargetTable table, string name)
    {
        // Budget-year indicators first: a name may stand in both the mid-term and the annual group. That is the annual
        // ones, then the others (the same order as the budget-year indexes followed by the rest, built without LINQ for speed).
        var order = new List<int>(table.Indicators.Count);
        for (var k = 0; k < table.Indicators.Count; k++) if (table.Indicators[k].Horizon == Horizon.Annual) order.Add(k);
        for (var k = 0; k < table.Indicators.Count; k++) if (table.Indicators[k].Horizon != Horizon.Annual) order.Add(k);
        foreach (var k in order)
            if (NameOf(table.Indicators[k]) == name) return k;
        var compact = Compact(name);
        foreach (var k in order)
            if (Compact(NameOf(table.Indicators[k])) == compact) return k;
        return null;
    }

    private static string Compact(string s) => new(s.Where(c => !char.IsWhiteSpace(c)).ToArray());

    /// <summary>A blank sheet for a document: every table and budget-year indicator named, the other columns empty (UTF-8 with BOM, for Excel).</summary>
    public static string Template(IReadOnlyList<TargetTable> tables)
    {
        var sb = new System.Text.StringBuilder("\uFEFFtable,indicator,actual,score,likelihood,cause,measure\n");
        foreach (var t in tables)
        {
            var name = Csv.Quote(NameOf(t));
            sb.Append(CultureInfo.InvariantCulture, $"{name},{SpentRow},,,,,\n");
            foreach (var k in SelfEvaluator.BudgetYearIndexes(t))
                sb.Append(CultureInfo.InvariantCulture, $"{name},{Csv.Quote(NameOf(t.Indicators[k]))},,,,,\n");
        }
        return sb.ToString();
    }

    private static Diagnostic Finding(string code, Severity severity, string message, string file, int line) =>
        new(code, severity, message, line) { File = file };
}
