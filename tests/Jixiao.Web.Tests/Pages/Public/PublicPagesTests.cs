using System.Net;
using Jixiao.Web.Tests.Infrastructure;

namespace Jixiao.Web.Tests.Pages.Public;

/// <summary>/public and /public/{id}: published tables only, without signing in, with personal phone numbers masked.</summary>
public abstract class PublicPagesTests(JixiaoFactory factory) : IntegrationTest(factory)
{
    private async Task<(string Published, Guid PublishedId, string Approved, Guid ApprovedId, string Draft)> Arrange()
    {
        var editor = await Factory.NewEditor();
        var (dept, finance) = (await Factory.DemoPerson("dept"), await Factory.DemoPerson("finance"));
        var (published, approved, draft) = (Samples.UniqueName("公开项目"), Samples.UniqueName("批复项目"), Samples.UniqueName("草稿项目"));
        var p = await Factory.TableIn("published", editor, dept, finance, published);
        var a = await Factory.TableIn("finance-approved", editor, dept, finance, approved);
        await Factory.TableIn("draft", editor, dept, finance, draft);
        return (published, p.Id, approved, a.Id, draft);
    }

    [SkippableFact]
    public async Task Index_SignedOut_ListsPublishedTablesOnly()
    {
        var t = await Arrange();
        using var anonymous = Factory.Anonymous();

        var page = await anonymous.GetPage("/public");

        page.Status.Should().Be(HttpStatusCode.OK);
        page.Text.Should().Contain(t.Published).And.Contain("信访稳定工作专项").And.Contain("维稳经费");
        page.Text.Should().NotContain(t.Approved).And.NotContain(t.Draft);
        page.Html.Should().Contain($"href=\"/public/{t.PublishedId}\"");
        page.Html.Should().Contain("/api/public/tables/export/xlsx").And.Contain("/api/public/tables/export/csv").And.Contain("/api/public/tables/export/json");
    }

    [SkippableTheory]
    [InlineData("?year=2021", "维稳经费", "信访稳定工作专项")]
    [InlineData("?year=2023", "信访稳定工作专项", "维稳经费")]
    [InlineData("?q=维稳经费", "维稳经费", "信访稳定工作专项")]
    [InlineData("?q=固原市信访局", "维稳经费", "信访稳定工作专项")]
    [InlineData("?department=演示市信访系统&year=2021", "维稳经费", "群众工作中心运行")]
    public async Task Index_Filters_NarrowTheList(string query, string shown, string hidden)
    {
        using var anonymous = Factory.Anonymous();

        var page = await anonymous.GetPage("/public" + query);

        page.Status.Should().Be(HttpStatusCode.OK);
        page.Text.Should().Contain(shown).And.NotContain($">{hidden}</a>");
    }

    [SkippableFact]
    public async Task View_SignedOut_ShowsTheOfficialFormWithThePhoneMasked()
    {
        var t = await Arrange();
        using var anonymous = Factory.Anonymous();

        var page = await anonymous.GetPage($"/public/{t.PublishedId}");

        page.Status.Should().Be(HttpStatusCode.OK);
        page.Html.Should().Contain("class=\"official\"");
        page.Text.Should().Contain(t.Published).And.Contain(Samples.MaskedPhone);
        page.Html.Should().NotContain(Samples.Phone);
        page.Html.Should().Contain($"/api/public/tables/{t.PublishedId}/export/pdf").And.Contain($"/api/public/tables/{t.PublishedId}/export/xlsx").And.Contain("data-print");
    }

    [SkippableFact]
    public async Task View_ApprovedButNotPublished_IsNotFound()
    {
        var t = await Arrange();
        using var anonymous = Factory.Anonymous();

        (await anonymous.GetPage($"/public/{t.ApprovedId}")).Status.Should().Be(HttpStatusCode.NotFound);
    }
}

public sealed class PublicPagesTestsOnSqlite(SqliteFactory factory) : PublicPagesTests(factory), IClassFixture<SqliteFactory>;

public sealed class PublicPagesTestsOnPostgres(PostgresFactory factory) : PublicPagesTests(factory), IClassFixture<PostgresFactory>;
