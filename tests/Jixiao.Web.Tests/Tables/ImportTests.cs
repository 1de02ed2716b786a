using System.Net;
using System.Security.Cryptography;
using System.Text;
using Jixiao.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Tests.Tables;

/// <summary>POST /api/documents: every seed imports whole; a file without tables or over the limit stores nothing.</summary>
public abstract class ImportTests(JixiaoFactory factory) : IntegrationTest(factory)
{
    [SkippableTheory]
    [InlineData(Samples.Seed000, 5, "JX202")]   // ★ 000: the comparator ≅
    [InlineData(Samples.Seed001, 4, "JX304")]   // ★ 001: annual funds 0.00 with annual indicators
    [InlineData(Samples.Seed003, 4, "JX501")]   // ★ 003: money under 时效指标
    [InlineData(Samples.Seed004, 7, "JX204")]   // ★ 004: a rate measured in 万元
    public async Task Upload_Seed_Returns201WithItsTablesAndFindings(string seed, int tables, string finding)
    {
        var editor = await Factory.NewEditor();
        using var client = await Factory.SignIn(editor);
        var bytes = Samples.Seed(seed);

        var response = await client.Upload(bytes, seed);

        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var body = await response.Object();
        var documentId = body["documentId"]!.GetValue<Guid>();
        response.Headers.Location!.ToString().Should().Be($"/api/documents/{documentId}");
        body["fileName"]!.GetValue<string>().Should().Be(seed);
        var returned = body["tables"]!.AsArray();
        returned.Should().HaveCount(tables);
        returned.Should().AllSatisfy(node =>
        {
            var t = node!;
            t.State().Should().Be("draft");
            t["version"]!.GetValue<int>().Should().Be(1);
            t.Revision().Should().Be(1);
            t["documentId"]!.GetValue<Guid>().Should().Be(documentId);
            t["unitId"]!.GetValue<Guid>().Should().Be(editor.User.UnitId!.Value);
            t.May().Should().StartWith("edit");
        });
        returned.SelectMany(t => t!["diagnostics"]!.AsArray()).Select(d => d!["code"]!.GetValue<string>()).Should().Contain(finding);

        // Stored as read: the original bytes, every table with all its indicators, one import record per table.
        await Factory.InDb(async db =>
        {
            var document = await db.Documents.SingleAsync(d => d.Id == documentId);
            document.Content.Should().Equal(bytes);
            document.Sha256.Should().Be(Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant());
            document.TableCount.Should().Be(tables);
            var stored = await db.Tables.Where(t => t.DocumentId == documentId).ToListAsync();
            stored.Should().HaveCount(tables);
            foreach (var t in stored)
            {
                var indicators = returned.Single(r => r!.Id() == t.Id)!["indicators"]!.AsArray().Count;
                (await db.Indicators.CountAsync(i => i.TableId == t.Id)).Should().Be(indicators);
                (await db.AuditEvents.CountAsync(e => e.TableId == t.Id && e.Action == "import")).Should().Be(1);
            }
        });
        foreach (var t in returned) (await client.GetAsync($"/api/tables/{t!.Id()}")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [SkippableFact]
    public async Task Upload_SeedWithYearField_KeepsYearsWrittenInTheTables()
    {
        using var client = await Factory.SignIn(await Factory.NewEditor());

        var response = await client.Upload(Samples.Seed(Samples.Seed003), Samples.Seed003, year: 2030);

        var tables = (await response.Object())["tables"]!.AsArray();
        tables.Select(t => t!["year"]!.GetValue<int>()).Should().AllBeEquivalentTo(2021, "seed 003 states 2021; the form's year only fills a missing one");
    }

    public static TheoryData<string, string> NotTables => new()
    {
        { "说明.txt", "这是一份会议通知，没有任何表格。\n请各单位按时参加。\n" },
        { "image.png", "\u0089PNG\r\n\u001a\n\0\0\0\rIHDR" },
        { "empty-looking.csv", "a,b,c\n1,2,3\n" },
    };

    [SkippableTheory]
    [MemberData(nameof(NotTables))]
    public async Task Upload_FileWithoutTables_Returns422AndStoresNothing(string fileName, string content)
    {
        var editor = await Factory.NewEditor();
        using var client = await Factory.SignIn(editor);

        var response = await client.Upload(Encoding.UTF8.GetBytes(content), fileName);

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var problem = await response.Object();
        problem["title"]!.GetValue<string>().Should().Be("未读到表格");
        problem["detail"]!.GetValue<string>().Should().Contain(fileName).And.Contain("未保存任何内容");
        await AssertNothingStored(editor);
    }

    [SkippableFact]
    public async Task Upload_OverTheLimit_Returns413WithChineseMessageAndStoresNothing()
    {
        var editor = await Factory.NewEditor();
        using var client = await Factory.SignIn(editor);
        var big = new byte[Jixiao.Web.Tables.DocumentsApi.MaxUploadBytes + 256 * 1024];
        Samples.OneTable("超大文件").CopyTo(big, 0);

        var response = await client.Upload(big, "big.txt");

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        var problem = await response.Object();
        problem["title"]!.GetValue<string>().Should().Be("文件过大");
        problem["detail"]!.GetValue<string>().Should().Contain("超过 20 MB 的上限");
        await AssertNothingStored(editor);
    }

    [SkippableFact]
    public async Task Upload_WithoutMultipart_Returns400()
    {
        using var client = await Factory.SignIn(await Factory.NewEditor());

        var response = await client.PostAsync("/api/documents", new ByteArrayContent(Samples.OneTable("x")));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Object())["detail"]!.GetValue<string>().Should().Contain("multipart/form-data");
    }

    [SkippableFact]
    public async Task Upload_SameFileTwice_StoresTwoIndependentDrafts()
    {
        using var client = await Factory.SignIn(await Factory.NewEditor());
        var bytes = Samples.OneTable(Samples.UniqueName());

        var first = await (await client.Upload(bytes, "a.txt")).Object();
        var second = await (await client.Upload(bytes, "a.txt")).Object();

        first["documentId"]!.GetValue<Guid>().Should().NotBe(second["documentId"]!.GetValue<Guid>());
        first["tables"]![0]!["lineage"]!.GetValue<Guid>().Should().NotBe(second["tables"]![0]!["lineage"]!.GetValue<Guid>());
    }

    private Task AssertNothingStored(Person editor) => Factory.InDb(async db =>
    {
        var unit = editor.User.UnitId!.Value;
        (await db.Documents.CountAsync(d => d.UnitId == unit)).Should().Be(0);
        (await db.Tables.CountAsync(t => t.UnitId == unit)).Should().Be(0);
    });
}

public sealed class ImportTestsOnSqlite(SqliteFactory factory) : ImportTests(factory), IClassFixture<SqliteFactory>;

public sealed class ImportTestsOnPostgres(PostgresFactory factory) : ImportTests(factory), IClassFixture<PostgresFactory>;
