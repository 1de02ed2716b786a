using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace Jixiao.Web.Tests.Infrastructure;

/// <summary>Short forms for the calls the tests make.</summary>
public static class Http
{
    public static async Task<JsonNode> Json(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(text) ?? throw new InvalidOperationException($"Empty body ({(int)response.StatusCode}).");
    }

    public static async Task<JsonObject> Object(this HttpResponseMessage response) => (await response.Json()).AsObject();

    /// <summary>POST /api/documents with the file as multipart form data (field "file").</summary>
    public static Task<HttpResponseMessage> Upload(this HttpClient client, byte[] bytes, string fileName, int? year = null)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(bytes), "file", fileName } };
        if (year is { } y) form.Add(new StringContent(y.ToString(System.Globalization.CultureInfo.InvariantCulture)), "year");
        return client.PostAsync("/api/documents", form);
    }

    public static Task<HttpResponseMessage> Post(this HttpClient client, string url, object? body = null) =>
        body is null ? client.PostAsync(url, null) : client.PostAsJsonAsync(url, body);

    public static Task<HttpResponseMessage> PostCsv(this HttpClient client, string url, string csv) =>
        client.PostAsync(url, new StringContent(csv, Encoding.UTF8, "text/csv"));

    /// <summary>PUT /api/tables/{id} with { revision, table }.</summary>
    public static Task<HttpResponseMessage> Edit(this HttpClient client, Guid id, int revision, JsonObject table) =>
        client.PutAsJsonAsync($"/api/tables/{id}", new JsonObject { ["revision"] = revision, ["table"] = table.DeepClone() });

    public static async Task<JsonObject> GetTable(this HttpClient client, Guid id)
    {
        var response = await client.GetAsync($"/api/tables/{id}");
        response.EnsureSuccessStatusCode();
        return await response.Object();
    }

    public static Guid Id(this JsonNode table) => table["id"]!.GetValue<Guid>();

    public static int Revision(this JsonNode table) => table["revision"]!.GetValue<int>();

    public static string State(this JsonNode table) => table["state"]!.GetValue<string>();

    /// <summary>The table's "may" as the names of the actions allowed, e.g. "edit,submit".</summary>
    public static string May(this JsonNode table) =>
        string.Join(",", table["may"]!.AsObject().Where(p => p.Value!.GetValue<bool>()).Select(p => p.Key));
}
