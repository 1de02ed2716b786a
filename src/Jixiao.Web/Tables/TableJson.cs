using System.Text.Json.Nodes;
using Jixiao.Exchange;
using Jixiao.Profiles;
using Jixiao.Review;
using Jixiao.Web.Data.Entities;

namespace Jixiao.Web.Tables;

/// <summary>A stored table as the API shows it: the exchange shape, plus its id, state, version, findings and what the caller may do.</summary>
public static class TableJson
{
    public static JsonObject Full(TableRecord t, TableReview review, May may) => Full(t, Parse(t), review, may);

    /// <summary>The stored exchange JSON of the table, parsed.</summary>
    public static JsonObject Parse(TableRecord t) => JsonNode.Parse(t.ModelJson)!.AsObject();

    /// <summary>The full answer built on <paramref name="json"/>, the table's stored JSON as parsed (it is changed and returned).</summary>
    public static JsonObject Full(TableRecord t, JsonObject json, TableReview review, May may)
    {
        json["diagnostics"] = ExchangeWriter.DiagnosticsJson(review.Findings);
        json["review"] = new JsonObject
        {
            ["grade"] = review.Grade.ToChinese(), ["score"] = review.Score, ["errors"] = review.Errors, ["warnings"] = review.Warnings, ["infos"] = review.Infos,
        };
        Facts(json, t);
        json["may"] = new JsonObject
        {
            ["edit"] = may.Edit, ["submit"] = may.Submit, ["approve"] = may.Approve, ["return"] = may.Return, ["publish"] = may.Publish, ["adjust"] = may.Adjust,
        };
        return json;
    }

    public static JsonObject Summary(TableRecord t) => Facts(new JsonObject
    {
        ["kind"] = t.Kind,
        ["projectName"] = t.ProjectName,
        ["unit"] = t.UnitName,
        ["department"] = t.DepartmentName,
        ["grade"] = t.Grade,
        ["errors"] = t.Errors,
        ["warnings"] = t.Warnings,
    }, t);

    /// <summary>A published table for everyone: personal phone numbers masked (191****3693).</summary>
    public static JsonObject Public(TableRecord t)
    {
        var json = JsonNode.Parse(t.ModelJson)!.AsObject();
        json["manager"] = Mask(json["manager"]?.GetValue<string>());
        json["phone"] = Mask(json["phone"]?.GetValue<string>());
        json["id"] = t.Id;
        json["regionCode"] = t.RegionCode;
        json["year"] = t.Year;
        json["version"] = t.Version;
        json["publishedAt"] = t.PublishedAt;
        json["unitName"] = t.UnitName;
        json["departmentName"] = t.DepartmentName;
        return json;
    }

    /// <summary>Masks personal phone numbers (191****3693), the same way every published view does.</summary>
    public static string? Mask(string? s) => s is null ? null : Jixiao.Documents.Writing.PhoneMask.Apply(s);

    private static JsonObject Facts(JsonObject json, TableRecord t)
    {
        json["id"] = t.Id;
        json["lineage"] = t.Lineage;
        json["regionCode"] = t.RegionCode;
        json["year"] = t.Year;
        json["state"] = State(t.State);
        json["version"] = t.Version;
        json["revision"] = t.Revision;
        json["isCurrent"] = t.IsCurrent;
        json["unitId"] = t.UnitId;
        json["departmentId"] = t.DepartmentId;
        json["documentId"] = t.DocumentId;
        json["lastComment"] = t.LastComment;
        json["createdAt"] = t.CreatedAt;
        json["updatedAt"] = t.UpdatedAt;
        json["publishedAt"] = t.PublishedAt;
        return json;
    }

    public static string State(TableState s) => s switch
    {
        TableState.Draft => "draft",
        TableState.Submitted => "submitted",
        TableState.DepartmentApproved => "department-approved",
        TableState.FinanceApproved => "finance-approved",
        TableState.Published => "published",
        _ => "returned",
    };

    public static TableState? ParseState(string? s) => s switch
    {
        "draft" => TableState.Draft,
        "submitted" => TableState.Submitted,
        "department-approved" => TableState.DepartmentApproved,
        "finance-approved" => TableState.FinanceApproved,
        "published" => TableState.Published,
        "returned" => TableState.Returned,
        _ => null,
    };
}
