using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Jixiao.Exchange;
using Jixiao.Model;
using Jixiao.Profiles;
using Jixiao.Review;
using Jixiao.Web.Data.Entities;

namespace Jixiao.Web.Tables;

/// <summary>
/// What the review rules are: the profile's text and the build of the checks. A review stored under one stamp is
/// valid as long as the server runs under the same stamp; a new profile or a new release of Jixiao makes every stored
/// review stale, and such a table is reviewed again when it is read.
/// </summary>
public sealed record ReviewStamp(string Value)
{
    /// <summary>The national profile ships inside the checks' assembly, so the build alone says which it is.</summary>
    public static ReviewStamp National { get; } = Of("national");

    /// <summary>The stamp of a profile given as its source text.</summary>
    public static ReviewStamp Of(string profileSource)
    {
        var build = typeof(Reviewer).Assembly.ManifestModule.ModuleVersionId.ToString("N");
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(build + "\n" + profileSource));
        return new ReviewStamp(Convert.ToHexString(hash, 0, 12).ToLowerInvariant());
    }
}

/// <summary>
/// A table's review stored with it when it is written (findings, score, grade, and the stamp of the rules), so that
/// reading a table — the API's most frequent call — does not read the model back and run every check again.
/// </summary>
public static class StoredReview
{
    public static string Write(TableReview review, ReviewStamp stamp) => new JsonObject
    {
        ["stamp"] = stamp.Value,
        ["score"] = review.Score,
        ["grade"] = review.Grade.ToString(),
        ["diagnostics"] = ExchangeWriter.DiagnosticsJson(review.Findings),
    }.ToJsonString(StoredJson.Options);

    /// <summary>The review stored with the table when it was made under <paramref name="stamp"/>, else null.</summary>
    public static TableReview? Read(TableRecord t, ReviewStamp stamp)
    {
        if (string.IsNullOrEmpty(t.ReviewJson)) return null;
        try
        {
            if (JsonNode.Parse(t.ReviewJson) is not JsonObject o || o["stamp"]?.GetValue<string>() != stamp.Value) return null;
            if (!Enum.TryParse<Grade>(o["grade"]?.GetValue<string>(), out var grade)) return null;
            var findings = Pages.Tables.StoredFindings.Read(o["diagnostics"]);
            // The table itself is not read back: whoever needs it reads ModelJson.
            return new TableReview(new TargetTable(), findings, o["score"]?.GetValue<decimal>() ?? 0, grade);
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }
}
