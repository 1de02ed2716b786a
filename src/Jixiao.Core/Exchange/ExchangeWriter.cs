using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Jixiao.Diagnostics;
using Jixiao.Framework;
using Jixiao.Model;
using Jixiao.Profiles;
using Jixiao.Review;
using Jixiao.Scoring;
using Jixiao.Monitoring;
using Jixiao.Values;

namespace Jixiao.Exchange;

/// <summary>Writes read results in the exchange format (EXCHANGE.md): camelCase, absent facts as null.</summary>
public static class ExchangeWriter
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(ReadResult result) => ToJson(result).ToJsonString(Options);

    /// <summary>Several documents: an array (one object when <paramref name="asArray"/> is false and there is one).</summary>
    public static string Write(IEnumerable<ReadResult> results, bool asArray = false)
    {
        var list = results.ToList();
        return list.Count == 1 && !asArray ? Write(list[0]) : new JsonArray(list.Select(r => (JsonNode)ToJson(r)).ToArray()).ToJsonString(Options);
    }

    /// <summary>A reviewed document: each table's diagnostics are its findings, and it gains "review": { grade, score, … }.</summary>
    public static string Write(IEnumerable<DocumentReview> reviews, bool asArray = false)
    {
        var list = reviews.Select(ToJson).ToList();
        return list.Count == 1 && !asArray ? list[0].ToJsonString(Options) : new JsonArray(list.Select(r => (JsonNode)r).ToArray()).ToJsonString(Options);
    }

    public static JsonObject ToJson(DocumentReview review)
    {
        var json = ToJson(review.Read);
        var tables = json["tables"]!.AsArray();
        for (var i = 0; i < review.Tables.Count; i++)
        {
            var t = review.Tables[i];
            var table = tables[i]!.AsObject();
            table["diagnostics"] = Diagnostics(t.Findings);
            table["review"] = new JsonObject
            {
                ["grade"] = t.Grade.ToChinese(),
                ["score"] = t.Score,
                ["errors"] = t.Errors,
                ["warnings"] = t.Warnings,
                ["infos"] = t.Infos,
            };
        }
        return json;
    }

    /// <summary>Adds a self-evaluation to a table's JSON: each scored indicator gains score and fullScore, the table gains evaluation.</summary>
    public static void AddEvaluation(JsonObject table, Evaluation e)
    {
        var indicators = table["indicators"]!.AsArray();
        foreach (var s in e.Indicators)
        {
            var i = indicators[s.Index]!.AsObject();
            i["score"] = s.Score;
            i["fullScore"] = s.FullScore;
            i["achievedPercent"] = s.AchievedPercent;
            i["scoring"] = s.Method;
            i["targetTooLow"] = s.TargetTooLow;
        }
        table["evaluation"] = new JsonObject
        {
            ["budgetExecutionRate"] = e.BudgetExecutionRate,
            ["budgetExecutionScore"] = e.BudgetExecutionScore,
            ["indicatorScore"] = e.IndicatorScore,
            ["total"] = e.Total,
            ["uncappedTotal"] = e.UncappedTotal,
            ["grade"] = e.Grade.ToChinese(),
        };
        table["diagnostics"] = Diagnostics(e.Findings);
    }

    /// <summary>Adds monitoring to a table's JSON: each indicator gains light and progressPercent, the table gains monitoring.</summary>
    public static void AddMonitoring(JsonObject table, MonitoringResult m)
    {
        var indicators = table["indicators"]!.AsArray();
        foreach (var l in m.Indicators)
        {
            var i = indicators[l.Index]!.AsObject();
            i["light"] = l.Light?.ToExchange();
            i["progressPercent"] = l.ProgressPercent;
            i["lightBasis"] = l.Basis;
        }
        table["monitoring"] = new JsonObject
        {
            ["month"] = m.Month,
            ["spentPercent"] = m.SpentPercent,
            ["plannedPercent"] = m.PlannedPercent,
            ["budgetProgressPercent"] = m.BudgetProgressPercent,
            ["budgetLight"] = m.BudgetLight?.ToExchange(),
            ["light"] = m.Light?.ToExchange(),
        };
        table["diagnostics"] = Diagnostics(m.Findings);
    }

    public static string Serialize(JsonNode node) => node.ToJsonString(Options);

    public static JsonArray DiagnosticsJson(IEnumerable<Diagnostic> ds) => Diagnostics(ds);

    public static JsonObject ToJson(ReadResult result) => new()
    {
        ["source"] = result.Source,
        ["encoding"] = result.Encoding,
        ["tables"] = new JsonArray(result.Tables.Select(t => (JsonNode)ToJson(t)).ToArray()),
        ["diagnostics"] = Diagnostics(result.Diagnostics),
    };

    public static JsonObject ToJson(TargetTable t) => new()
    {
        ["kind"] = t.Kind == TableKind.Department ? "department" : "project",
        ["stage"] = t.Stage switch { TableStage.Monitoring => "monitoring", TableStage.SelfEvaluation => "self-evaluation", _ => "target" },
        ["title"] = t.Title,
        ["year"] = t.Year,
        ["unit"] = t.Unit,
        ["unitCode"] = t.UnitCode,
        ["department"] = t.Department,
        ["departmentCode"] = t.DepartmentCode,
        ["projectName"] = t.ProjectName,
        ["projectCode"] = t.ProjectCode,
        ["manager"] = t.Manager,
        ["phone"] = t.Phone,
        ["projectType"] = t.ProjectType,
        ["duration"] = t.Duration,
        ["funds"] = Funds(t.Funds),
        ["midTermFunds"] = Funds(t.MidTermFunds),
        ["departmentBudget"] = t.DepartmentBudget is { } b ? new JsonObject
        {
            ["total"] = b.Total,
            ["basic"] = Part(b.Basic),
            ["project"] = Part(b.Project),
        } : null,
        ["fundsUsage"] = t.FundsUsage,
        ["spendingPlan"] = new JsonArray(t.SpendingPlan.Select(p => (JsonNode)new JsonObject
        {
            ["checkpoint"] = p.Checkpoint,
            ["cumulativePercent"] = p.CumulativePercent,
        }).ToArray()),
        ["goals"] = new JsonObject
        {
            ["annual"] = t.Goals.Annual,
            ["midTerm"] = t.Goals.MidTerm,
            ["midTermPeriod"] = t.Goals.MidTermPeriod,
            ["breakdown"] = t.Goals.Breakdown,
            ["measures"] = t.Goals.Measures,
            ["annualAchieved"] = t.Goals.AnnualAchieved,
        },
        ["execution"] = t.Execution is { } e ? new JsonObject
        {
            ["initialBudget"] = e.InitialBudget,
            ["budget"] = e.Budget,
            ["spent"] = e.Spent,
            ["fullScore"] = e.FullScore,
            ["rate"] = e.Rate,
            ["score"] = e.Score,
        } : null,
        ["publishedTotal"] = t.PublishedTotal,
        ["indicators"] = new JsonArray(t.Indicators.Select(i => (JsonNode)ToJson(i)).ToArray()),
        ["diagnostics"] = Diagnostics(t.Diagnostics),
        ["line"] = t.Line,
    };

    public static JsonObject ToJson(Indicator i) => new()
    {
        ["level1"] = i.Level1?.Name(),
        ["level2"] = i.Level2?.Name(),
        ["level1Text"] = i.Level1Text,
        ["level2Text"] = i.Level2Text,
        ["name"] = i.Name,
        ["description"] = i.Description,
        ["comparator"] = i.Value.Comparator?.ToExchange(),
        ["value"] = i.Value.Number,
        ["unit"] = i.Value.Unit,
        ["grade"] = i.Value.Grade,
        ["valueText"] = i.Value.Text,
        ["weight"] = i.Weight,
        ["basis"] = i.Basis,
        ["horizon"] = i.Horizon == Horizon.MidTerm ? "midTerm" : "annual",
        ["actual"] = i.ActualText,
        ["score"] = i.Score,
        ["cause"] = i.Cause,
        ["line"] = i.Line,
    };

    private static JsonObject? Funds(Funds? f) => f is null ? null : new JsonObject
    {
        ["total"] = f.Total,
        ["fiscal"] = f.Fiscal,
        ["special"] = f.Special,
        ["own"] = f.Own,
        ["carryOver"] = f.CarryOver,
        ["other"] = f.Other,
        ["currency"] = f.Currency,
    };

    private static JsonObject? Part(BudgetPart? p) => p is null ? null : new JsonObject
    {
        ["total"] = p.Total,
        ["fiscal"] = p.Fiscal,
        ["special"] = p.Special,
        ["own"] = p.Own,
    };

    private static JsonArray Diagnostics(IEnumerable<Diagnostic> ds) => new(ds.Select(d => (JsonNode)new JsonObject
    {
        ["code"] = d.Code,
        ["severity"] = d.Severity.ToString().ToLowerInvariant(),
        ["message"] = d.Message,
        ["line"] = d.Line,
        ["indicator"] = d.Indicator,
        ["field"] = d.Field,
        ["file"] = d.File,
    }).ToArray());
}
