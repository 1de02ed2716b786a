using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Jixiao.Checks;
using Jixiao.Diagnostics;
using Jixiao.Review;

namespace Jixiao.Exchange;

/// <summary>Writes review findings as SARIF 2.1.0, so that they show in any code-review tool.</summary>
public static class SarifWriter
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(IEnumerable<(DocumentReview Review, string Uri)> documents, string toolVersion)
    {
        var results = new JsonArray();
        foreach (var (review, uri) in documents)
        {
            foreach (var d in review.DocumentFindings) results.Add(Result(d, uri, null));
            foreach (var t in review.Tables)
                foreach (var d in t.Findings) results.Add(Result(d, uri, t.Table.ProjectName ?? t.Table.Unit));
        }
        var rules = new JsonArray(CheckCatalogue.All.Select(c => (JsonNode)new JsonObject
        {
            ["id"] = c.Code,
            ["name"] = c.GetType().Name,
            ["shortDescription"] = new JsonObject { ["text"] = c.Title },
            ["helpUri"] = $"docs/checks/{c.Code}.md",
            ["defaultConfiguration"] = new JsonObject { ["level"] = Level(c.Severity) },
        }).ToArray());
        var sarif = new JsonObject
        {
            ["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json",
            ["version"] = "2.1.0",
            ["runs"] = new JsonArray(new JsonObject
            {
                ["tool"] = new JsonObject
                {
                    ["driver"] = new JsonObject
                    {
                        ["name"] = "jixiao",
                        ["informationUri"] = "docs/checks/README.md",
                        ["version"] = toolVersion,
                        ["rules"] = rules,
                    },
                },
                ["results"] = results,
            }),
        };
        return sarif.ToJsonString(Options);
    }

    private static JsonObject Result(Diagnostic d, string uri, string? table)
    {
        var region = new JsonObject { ["startLine"] = d.Line ?? 1 };
        var result = new JsonObject
        {
            ["ruleId"] = d.Code,
            ["level"] = Level(d.Severity),
            ["message"] = new JsonObject { ["text"] = d.Message },
            ["locations"] = new JsonArray(new JsonObject
            {
                ["physicalLocation"] = new JsonObject
                {
                    ["artifactLocation"] = new JsonObject { ["uri"] = uri },
                    ["region"] = region,
                },
            }),
        };
        var props = new JsonObject();
        if (table is not null) props["table"] = table;
        if (d.Indicator is not null) props["indicator"] = d.Indicator;
        if (d.Field is not null) props["field"] = d.Field;
        if (props.Count > 0) result["properties"] = props;
        return result;
    }

    private static string Level(Severity s) => s switch { Severity.Error => "error", Severity.Warning => "warning", _ => "note" };
}
