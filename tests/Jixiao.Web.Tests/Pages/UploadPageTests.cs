using System.Net;
using System.Text;
using Jixiao.Web.Pages;
using Jixiao.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Tests.Pages;

/// <summary>/upload: the tables found with their grade and findings, or a clear message and nothing stored.</summary>
public abstract class UploadPageTests(JixiaoFactory factory) : IntegrationTest(factory)
{
    private static async Task<PageForms.Page> Upload(HttpClient client, byte[] bytes, string fileName, bool htmx = true, string? year = null)
    {
        var page = await client.GetPage("/upload");
        using var form = new MultipartFormDataContent { { new ByteArrayContent(bytes), "file", fileName } };
        if (year is not null) form.Add(new StringContent(year), "year");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/upload") { Content = form };
        // htmx sends the token as a header (site.js); a plain form post sends it as a field.
        if (htmx)
        {
            request.Headers.Add("HX-Request", "true");
            request.Headers.Add("RequestVerificationToken", PageForms.Token(page.Html));
        }
        else
        {
            form.Add(new StringContent(PageForms.Token(page.Html)), "__RequestVerificationToken");
        }
        var response = await client.SendAsync(request);
        return new PageForms.Page(response.StatusCode, await response.Content.ReadAsStringAsync(), null);
    }

    private Task<int> DocumentsOf(Person editor) => Factory.InDb(db => db.Documents.CountAsync(d => d.UnitId == editor.User.UnitId));

    [SkippableFact]
    public async Task Get_UnitEditor_ShowsTheFormWithItsHooks()
    {
        using var client = await Factory.SignIn(await Factory.NewEditor());

        var page = await client.GetPage("/upload");

        page.Status.Should().Be(HttpStatusCode.OK);
        page.Html.Should().Contain("id=\"upload-form\"").And.Contain("hx-encoding=\"multipart/form-data\"")
            .And.Contain("<progress id=\"upload-progress\"").And.Contain("id=\"upload-result\"").And.Contain("name=\"file\"");
    }

    [SkippableTheory]
    [InlineData("dept")]
    [InlineData("finance")]
    [InlineData("admin")]
    public async Task Get_NotAUnitEditor_Answers403(string user)
    {
        using var client = await Factory.SignIn(user);

        var page = await client.GetPage("/upload");

        page.Status.Should().Be(HttpStatusCode.Forbidden);
        page.Text.Should().Contain(UploadModel.DeniedMessage);
        page.Html.Should().NotContain("id=\"upload-form\"");
    }

    [SkippableFact]
    public async Task Post_SeedOverHtmx_ListsEveryTableWithGradeAndFindings()
    {
        var editor = await Factory.NewEditor();
        using var client = await Factory.SignIn(editor);

        var result = await Upload(client, Samples.Seed(Samples.Seed001), Samples.Seed001);

        result.Status.Should().Be(HttpStatusCode.OK);
        result.Html.Should().NotContain("<html", "htmx swaps the result into #upload-result");
        var links = result.Count("<a class=\"table-link\" href=\"/tables/[0-9a-f-]{36}\"");
        links.Should().BeGreaterThan(1);
        var stored = await Factory.InDb(db => db.Tables.Where(t => t.UnitId == editor.User.UnitId).Select(t => t.Id).ToListAsync());
        stored.Should().HaveCount(links);
        foreach (var id in stored) result.Html.Should().Contain($"<a class=\"table-link\" href=\"/tables/{id}\"");
        result.Text.Should().Contain("审核发现").And.Contain($"href=\"/tables/{stored[0]}#ind-", "findings link to their rows on the table's page");
        result.Text.Should().MatchRegex("class=\"grade grade-(优|良|中|差)\"");
    }

    [SkippableFact]
    public async Task Post_PlainForm_ShowsTheWholePageWithTheResult()
    {
        var editor = await Factory.NewEditor();
        using var client = await Factory.SignIn(editor);

        var result = await Upload(client, Samples.OneTable(Samples.UniqueName()), "one.txt", htmx: false);

        result.Status.Should().Be(HttpStatusCode.OK);
        result.Html.Should().Contain("<html").And.Contain("id=\"upload-form\"");
        result.Count("<a class=\"table-link\"").Should().Be(1);
        (await Factory.InDb(db => db.Tables.CountAsync(t => t.UnitId == editor.User.UnitId))).Should().Be(1);
    }

    [SkippableFact]
    public async Task Post_YearThatIsNotAYear_SaysSoAndStoresNothing()
    {
        var editor = await Factory.NewEditor();
        using var client = await Factory.SignIn(editor);

        var result = await Upload(client, Samples.OneTable(Samples.UniqueName()), "one.txt", year: "明年");

        result.Text.Should().Contain(UploadModel.BadYearMessage);
        (await DocumentsOf(editor)).Should().Be(0);
    }

    [SkippableFact]
    public async Task Post_NothingReadable_SaysSoAndStoresNothing()
    {
        var editor = await Factory.NewEditor();
        using var client = await Factory.SignIn(editor);

        var result = await Upload(client, Encoding.UTF8.GetBytes("这是一封普通的信，\n没有任何绩效目标表。\n"), "letter.txt");

        result.Status.Should().Be(HttpStatusCode.OK);
        result.Text.Should().Contain(UploadModel.NothingReadMessage("letter.txt"));
        result.Html.Should().NotContain("table-link");
        (await DocumentsOf(editor)).Should().Be(0);
    }

    [SkippableFact]
    public async Task Post_FileOver20MB_SaysItIsTooLargeAndStoresNothing()
    {
        var editor = await Factory.NewEditor();
        using var client = await Factory.SignIn(editor);
        var big = new byte[20 * 1024 * 1024 + 1];
        Samples.OneTable("很大的文件").CopyTo(big, 0);

        var result = await Upload(client, big, "big.txt");

        result.Text.Should().Contain(UploadModel.TooLargeMessage);
        (await DocumentsOf(editor)).Should().Be(0);
    }

    [SkippableFact]
    public async Task Post_NoFile_AsksForOne()
    {
        using var client = await Factory.SignIn(await Factory.NewEditor());

        var result = await Upload(client, [], "empty.txt", htmx: false);

        result.Status.Should().Be(HttpStatusCode.BadRequest);
        result.Text.Should().Contain(UploadModel.NoFileMessage);
    }
}

public sealed class UploadPageTestsOnSqlite(SqliteFactory factory) : UploadPageTests(factory), IClassFixture<SqliteFactory>;

public sealed class UploadPageTestsOnPostgres(PostgresFactory factory) : UploadPageTests(factory), IClassFixture<PostgresFactory>;
