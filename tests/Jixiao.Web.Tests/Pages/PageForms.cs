using System.Net;
using System.Text.RegularExpressions;

namespace Jixiao.Web.Tests.Pages;

/// <summary>
/// What a browser does with a server-rendered page, done with HttpClient: read the page, collect a form's fields as the
/// browser would post them (antiforgery token included), post them back, with or without htmx's header.
/// </summary>
public static partial class PageForms
{
    public sealed record Page(HttpStatusCode Status, string Html, string? Location)
    {
        /// <summary>The page's text with entities decoded (Razor writes Chinese as &amp;#x…; references).</summary>
        public string Text => WebUtility.HtmlDecode(Html);

        public int Count(string pattern) => Regex.Matches(Html, pattern).Count;
    }

    public static async Task<Page> GetPage(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        return await Read(response);
    }

    /// <summary>The fields of the form with <paramref name="formId"/> as the browser would post them (templates left out).</summary>
    public static List<KeyValuePair<string, string>> Fields(string html, string formId)
    {
        var start = html.IndexOf($"id=\"{formId}\"", StringComparison.Ordinal);
        if (start < 0) throw new InvalidOperationException($"No form #{formId} on the page.");
        start = html.LastIndexOf("<form", start, StringComparison.Ordinal);
        var end = html.IndexOf("</form>", start, StringComparison.Ordinal);
        var form = Template().Replace(html[start..end], "");
        var fields = new List<(int At, string Name, string Value)>();
        foreach (Match m in Input().Matches(form))
        {
            var type = Attr(m.Value, "type") ?? "text";
            if (type is "file" or "submit" or "button" || Attr(m.Value, "name") is not { } name) continue;
            fields.Add((m.Index, name, Attr(m.Value, "value") ?? ""));
        }
        foreach (Match m in TextArea().Matches(form))
            fields.Add((m.Index, WebUtility.HtmlDecode(m.Groups[1].Value), WebUtility.HtmlDecode(m.Groups[2].Value)));
        foreach (Match m in Select().Matches(form))
        {
            var options = Option().Matches(m.Groups[2].Value).ToList();
            var chosen = options.FirstOrDefault(o => Regex.IsMatch(o.Value, @"\sselected\b")) ?? options.FirstOrDefault();
            fields.Add((m.Index, WebUtility.HtmlDecode(m.Groups[1].Value), chosen is null ? "" : Attr(chosen.Value, "value") ?? ""));
        }
        return fields.OrderBy(f => f.At).Select(f => KeyValuePair.Create(f.Name, f.Value)).ToList();
    }

    /// <summary>Sets (or adds) a field.</summary>
    public static List<KeyValuePair<string, string>> With(this List<KeyValuePair<string, string>> fields, string name, string value)
    {
        var at = fields.FindIndex(f => f.Key == name);
        if (at >= 0) fields[at] = KeyValuePair.Create(name, value);
        else fields.Add(KeyValuePair.Create(name, value));
        return fields;
    }

    public static string Value(this List<KeyValuePair<string, string>> fields, string name) => fields.Single(f => f.Key == name).Value;

    public static async Task<Page> PostForm(this HttpClient client, string url, IEnumerable<KeyValuePair<string, string>> fields, bool htmx = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(fields) };
        if (htmx) request.Headers.Add("HX-Request", "true");
        return await Read(await client.SendAsync(request));
    }

    /// <summary>The antiforgery token the layout puts in its meta tag (what site.js sends with every htmx request).</summary>
    public static string Token(string html) => WebUtility.HtmlDecode(Meta().Match(html).Groups[1].Value);

    private static async Task<Page> Read(HttpResponseMessage response) =>
        new(response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers.Location?.OriginalString);

    private static string? Attr(string tag, string name)
    {
        var m = Regex.Match(tag, $@"\s{name}=""([^""]*)""");
        return m.Success ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;
    }

    [GeneratedRegex(@"<template\b.*?</template>", RegexOptions.Singleline)]
    private static partial Regex Template();

    [GeneratedRegex(@"<input\b[^>]*>")]
    private static partial Regex Input();

    [GeneratedRegex(@"<textarea\b[^>]*\sname=""([^""]+)""[^>]*>(.*?)</textarea>", RegexOptions.Singleline)]
    private static partial Regex TextArea();

    [GeneratedRegex(@"<select\b[^>]*\sname=""([^""]+)""[^>]*>(.*?)</select>", RegexOptions.Singleline)]
    private static partial Regex Select();

    [GeneratedRegex(@"<option\b[^>]*>")]
    private static partial Regex Option();

    [GeneratedRegex(@"<meta name=""antiforgery"" content=""([^""]*)""")]
    private static partial Regex Meta();
}
