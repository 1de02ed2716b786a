using System.Text.Json.Nodes;
using Jixiao.Exchange;
using Jixiao.Web.Accounts;
using Jixiao.Web.Data.Entities;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jixiao.Web.Tables;

/// <summary>Upload a document: read it, store the original and its tables as drafts of the uploader's unit, all or nothing.</summary>
public static class DocumentsApi
{
    public const long MaxUploadBytes = 20 * 1024 * 1024;

    public static void MapDocumentsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/documents", Upload).WithTags("导入").RequireAuthorization().DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttributeLike(MaxUploadBytes + 1024 * 1024));
    }

    private static async Task<Results<Created<JsonObject>, ProblemHttpResult>> Upload(HttpContext http, TableService service, CancellationToken ct)
    {
        var c = Caller.From(http.User)!;
        if (c.Role != Role.UnitEditor || c.UnitId is null)
            return TypedResults.Problem("只有单位填报人员可以上传本单位的绩效目标表。", statusCode: 403, title: "无权上传");
        if (http.Request.ContentLength > MaxUploadBytes + 64 * 1024)
            return TooLarge();
        if (!http.Request.HasFormContentType)
            return TypedResults.Problem("请用 multipart/form-data 上传文件（字段名 file）。", statusCode: 400, title: "缺少文件");
        IFormCollection form;
        try
        {
            form = await http.Request.ReadFormAsync(ct);
        }
        catch (InvalidDataException)
        {
            return TooLarge();
        }
        var file = form.Files["file"] ?? form.Files.FirstOrDefault();
        if (file is null || file.Length == 0) return TypedResults.Problem("没有收到文件，或文件为空。", statusCode: 400, title: "缺少文件");
        if (file.Length > MaxUploadBytes) return TooLarge();
        var bytes = new byte[file.Length];
        await using (var s = file.OpenReadStream()) await s.ReadExactlyAsync(bytes, ct);
        int? year = int.TryParse(form["year"], out var y) ? y : null;
        var result = await service.Import(c, file.FileName, bytes, year, ct);
        var read = ExchangeWriter.ToJson(result.Read);
        if (result.Document is null)
        {
            var why = string.Join("；", result.Read.Diagnostics.Select(d => d.Message));
            return TypedResults.Problem($"没有从“{file.FileName}”中读到任何绩效目标表，未保存任何内容。{why}", statusCode: 422, title: "未读到表格");
        }
        var tables = new JsonArray(result.Tables.Select(t => (JsonNode)TableJson.Full(t, service.Review(TableService.Model(t)), Access.May(c, t))).ToArray());
        var body = new JsonObject
        {
            ["documentId"] = result.Document.Id,
            ["fileName"] = result.Document.FileName,
            ["encoding"] = result.Read.Encoding,
            ["tables"] = tables,
            ["diagnostics"] = read["diagnostics"]?.DeepClone(),
        };
        return TypedResults.Created($"/api/documents/{result.Document.Id}", body);
    }

    private static ProblemHttpResult TooLarge() =>
        TypedResults.Problem($"文件超过 {MaxUploadBytes / 1024 / 1024} MB 的上限，未上传。请拆分文件，或只上传含绩效目标表的部分。", statusCode: StatusCodes.Status413PayloadTooLarge, title: "文件过大");

    /// <summary>Raises the server's own body limit for this endpoint so that our check, with its Chinese message, answers first.</summary>
    private sealed class RequestSizeLimitAttributeLike(long bytes) : Microsoft.AspNetCore.Http.Metadata.IRequestSizeLimitMetadata
    {
        public long? MaxRequestBodySize { get; } = bytes;
    }
}
