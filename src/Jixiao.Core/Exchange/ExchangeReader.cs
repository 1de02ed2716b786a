using System.Text.Json;
using System.Text.Json.Nodes;
using Jixiao.Framework;
using Jixiao.Model;
using Jixiao.Values;

namespace Jixiao.Exchange;

/// <summary>
/// Reads a table in the exchange format (EXCHANGE.md) back into the model — what the API's edits and imports of
/// JSON send. Problems are collected as (path, reason) in Chinese; nothing is thrown for bad input.
/// </summary>
public static class ExchangeReader
{
    public sealed record Result(TargetTable? Table, IReadOnlyList<(string Path, string Reason)> Errors);

    public static Result ReadTable(string json)
    {
        try
        {
            return JsonNode.Parse(json) is JsonObject o ? ReadTable(o) : new Result(null, [("$", "应为一个表对象 { … }。")]);
        }
        catch (JsonException ex)
        {
            return new Result(null, [("$", $"不是合法的 JSON：第 {(ex.LineNumber ?? 0) + 1} 行附近。")]);
        }
    }

    public static Result ReadTable(JsonObject o)
    {
        var errors = new List<(string, string)>();
        var kind = Str(o, "kind") switch
        {
            "department" => TableKind.Department,
            "project" or null => TableKind.Project,
            var k => Bad<TableKind>(errors, "kind", $"“{k}”不是表类型（project 或 department）。", TableKind.Project),
        };
        var stage = Str(o, "stage") switch
        {
            "self-evaluation" => TableStage.SelfEvaluation,
            "monitoring" => TableStage.Monitoring,
            _ => TableStage.Target,
        };
        var indicators = new List<Indicator>();
        if (o["indicators"] is JsonArray arr)
            for (var i = 0; i < arr.Count; i++)
                if (arr[i] is JsonObject io) indicators.Add(Indicator(io, $"indicators[{i}]", errors));
                else errors.Add(($"indicators[{i}]", "应为指标对象。"));
        var goals = o["goals"] as JsonObject;
        var budget = o["departmentBudget"] as JsonObject;
        var execution = o["execution"] as JsonObject;
        var table = new TargetTable
        {
            Kind = kind,
            Stage = stage,
            Title = Str(o, "title"),
            Year = Int(o, "year", errors),
            Unit = Str(o, "unit"),
            UnitCode = Str(o, "unitCode"),
            Department = Str(o, "department"),
            DepartmentCode = Str(o, "departmentCode"),
            ProjectName = Str(o, "projectName"),
            ProjectCode = Str(o, "projectCode"),
            Manager = Str(o, "manager"),
            Phone = Str(o, "phone"),
            ProjectType = Str(o, "projectType"),
            Duration = Str(o, "duration"),
            Funds = Funds(o["funds"] as JsonObject, "funds", errors),
            MidTermFunds = Funds(o["midTermFunds"] as JsonObject, "midTermFunds", errors),
            DepartmentBudget = budget is null ? null : new DepartmentBudget(Dec(budget, "total", "departmentBudget", errors), Part(budget["basic"] as JsonObject, errors), Part(budget["project"] as JsonObject, errors)),
            FundsUsage = Str(o, "fundsUsage"),
            SpendingPlan = (o["spendingPlan"] as JsonArray)?.OfType<JsonObject>()
                .Select(p => new SpendingCheckpoint(Str(p, "checkpoint") ?? "", Dec(p, "cumulativePercent", "spendingPlan", errors))).ToList() ?? [],
            Goals = goals is null ? Goals.None : new Goals
            {
                Annual = Str(goals, "annual"), MidTerm = Str(goals, "midTerm"), MidTermPeriod = Str(goals, "midTermPeriod"),
                Breakdown = Str(goals, "breakdown"), Measures = Str(goals, "measures"), AnnualAchieved = Str(goals, "annualAchieved"),
            },
            Execution = execution is null ? null : new Execution
            {
                InitialBudget = Dec(execution, "initialBudget", "execution", errors), Budget = Dec(execution, "budget", "execution", errors),
                Spent = Dec(execution, "spent", "execution", errors), FullScore = Dec(execution, "fullScore", "execution", errors),
                Rate = Dec(execution, "rate", "execution", errors), Score = Dec(execution, "score", "execution", errors),
            },
            PublishedTotal = Dec(o, "publishedTotal", "", errors),
            Indicators = indicators,
            Line = Int(o, "line", errors) ?? 0,
        };
        return new Result(errors.Count == 0 ? table : null, errors);
    }

    private static Indicator Indicator(JsonObject o, string path, List<(string, string)> errors)
    {
        // A level text stated as null stays null (nothing was written); an absent one takes the canonical name.
        var level1Text = o.ContainsKey("level1Text") ? Str(o, "level1Text") : Str(o, "level1");
        var level2Text = o.ContainsKey("level2Text") ? Str(o, "level2Text") : Str(o, "level2");
        var level1 = IndicatorFramework.ParseLevel1(Str(o, "level1")) ?? IndicatorFramework.Match(level1Text).AsLevel1;
        var level2 = IndicatorFramework.ParseLevel2(Str(o, "level2")) ?? IndicatorFramework.Match(level2Text).AsLevel2;
        if (Str(o, "level1") is { } l1 && level1 is null) errors.Add(($"{path}.level1", $"“{l1}”不是一级指标（产出指标、效益指标、满意度指标、成本指标）。"));
        if (Str(o, "level2") is { } l2 && level2 is null) errors.Add(($"{path}.level2", $"“{l2}”不是规范的二级指标名称。"));
        var comparatorText = Str(o, "comparator");
        var comparator = ComparatorExtensions.FromExchange(comparatorText);
        if (comparatorText is not null && comparator is null) errors.Add(($"{path}.comparator", $"“{comparatorText}”不是比较符号（>=、>、=、<、<=、≈、qualitative）。"));
        var number = Dec(o, "value", path, errors);
        var unit = Str(o, "unit");
        var grade = Str(o, "grade");
        var text = Str(o, "valueText");
        IndicatorValue value;
        if (number is not null)
            value = new IndicatorValue { Status = ValueStatus.Number, Comparator = comparator == Comparator.Qualitative ? null : comparator, Number = number, Unit = unit, UnitKind = Units.Classify(unit), Text = text ?? $"{comparator?.ToSymbol()}{number}{unit}" };
        else if (comparator == Comparator.Qualitative || grade is not null)
            value = new IndicatorValue { Status = ValueStatus.Qualitative, Comparator = Comparator.Qualitative, Grade = grade ?? text, Text = text ?? grade ?? "" };
        else if (!string.IsNullOrWhiteSpace(text))
            value = ValueReader.Read(text);
        else
            value = IndicatorValue.Empty;
        var horizon = Str(o, "horizon") switch { "midTerm" => Horizon.MidTerm, _ => Horizon.Annual };
        var actual = Str(o, "actual");
        return new Indicator
        {
            Level1 = level1 ?? level2?.Parent(),
            Level2 = level2,
            Level1Text = level1Text,
            Level2Text = level2Text,
            Name = Str(o, "name"),
            Description = Str(o, "description"),
            Value = value,
            Weight = Dec(o, "weight", path, errors),
            Basis = Str(o, "basis"),
            Horizon = horizon,
            ActualText = actual,
            Actual = actual is null ? null : ValueReader.Read(actual),
            Score = Dec(o, "score", path, errors),
            Cause = Str(o, "cause"),
            Line = Int(o, "line", errors) ?? 0,
        };
    }

    private static Funds? Funds(JsonObject? o, string path, List<(string, string)> errors) => o is null ? null : new Funds
    {
        Total = Dec(o, "total", path, errors), Fiscal = Dec(o, "fiscal", path, errors), Special = Dec(o, "special", path, errors),
        Own = Dec(o, "own", path, errors), CarryOver = Dec(o, "carryOver", path, errors), Other = Dec(o, "other", path, errors),
        Currency = Str(o, "currency") ?? "万元",
    };

    private static BudgetPart? Part(JsonObject? o, List<(string, string)> errors) => o is null ? null :
        new BudgetPart(Dec(o, "total", "departmentBudget", errors), Dec(o, "fiscal", "departmentBudget", errors), Dec(o, "special", "departmentBudget", errors), Dec(o, "own", "departmentBudget", errors));

    private static string? Str(JsonObject o, string key) =>
        o[key] is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s) ? s.Trim() : null;

    private static decimal? Dec(JsonObject o, string key, string path, List<(string, string)> errors)
    {
        var node = o[key];
        if (node is null) return null;
        if (node is JsonValue v)
        {
            if (v.TryGetValue<decimal>(out var d)) return d;
            if (v.TryGetValue<string>(out var s))
            {
                if (string.IsNullOrWhiteSpace(s)) return null;
                if (ValueReader.ReadAmount(s) is { } parsed) return parsed;
            }
        }
        errors.Add(((path.Length == 0 ? key : path + "." + key), $"“{node.ToJsonString()}”不是数字。"));
        return null;
    }

    private static int? Int(JsonObject o, string key, List<(string, string)> errors)
    {
        var d = Dec(o, key, "", errors);
        return d is null ? null : (int)d;
    }

    private static T Bad<T>(List<(string, string)> errors, string path, string reason, T fallback)
    {
        errors.Add((path, reason));
        return fallback;
    }
}
