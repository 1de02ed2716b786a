using System.Text.Json.Nodes;
using Jixiao.Diagnostics;

namespace Jixiao.Web.Pages.Tables;

/// <summary>Findings read back from a stored result's exchange JSON ("diagnostics").</summary>
public static class StoredFindings
{
    public static List<Diagnostic> Read(JsonNode? diagnostics) =>
        diagnostics is JsonArray a
            ? a.OfType<JsonObject>().Select(d => new Diagnostic(
                d["code"]?.GetValue<string>() ?? "",
                d["severity"]?.GetValue<string>() switch { "error" => Severity.Error, "warning" => Severity.Warning, _ => Severity.Info },
                d["message"]?.GetValue<string>() ?? "",
                d["line"]?.GetValue<int?>(),
                d["indicator"]?.GetValue<int?>(),
                d["field"]?.GetValue<string>())).ToList()
            : [];
}
