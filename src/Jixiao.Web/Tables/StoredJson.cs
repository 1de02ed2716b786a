using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Jixiao.Web.Tables;

/// <summary>
/// How a table's exchange JSON is stored: compact, with Chinese text as itself. The default writer escapes every
/// non-ASCII character as \uXXXX, which made a stored table nearly twice the size — more to write, read and parse.
/// The JSON is only ever parsed again, never placed in a page as text, so HTML-sensitive characters need no escape.
/// </summary>
public static class StoredJson
{
    internal static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(JsonNode json) => json.ToJsonString(Options);
}
