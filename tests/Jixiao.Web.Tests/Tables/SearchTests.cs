using System.Net;
using System.Text.Json.Nodes;
using Jixiao.Web.Tests.Infrastructure;

namespace Jixiao.Web.Tests.Tables;

/// <summary>GET /api/tables: search over project and indicator names, year and state filters, paging — within what the caller may see.</summary>
public abstract class SearchTests(JixiaoFactory factory) : IntegrationTest(factory)
{
    /// <summary>A unit of its own with seed 000 (five tables, 2023) and seed 003 (four tables, 2021) imported.</summary>
    private async Task<(Person Editor, HttpClient Client)> UnitWithSeeds()
    {
        var editor = await Factory.NewEditor();
        var client = await Factory.SignIn(editor);
        (await client.Upload(Samples.Seed(Samples.Seed000), Samples.Seed000)).StatusCode.Should().Be(HttpStatusCode.Created);
        (await client.Upload(Samples.Seed(Samples.Seed003), Samples.Seed003)).StatusCode.Should().Be(HttpStatusCode.Created);
        return (editor, client);
    }

    private static async Task<JsonObject> List(HttpClient client, string query)
    {
        var response = await client.GetAsync("/api/tables" + query);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return await response.Object();
    }

    private static List<string> Names(JsonObject page) => page["items"]!.AsArray().Select(i => i!["projectName"]!.GetValue<string>()).ToList();

    [SkippableTheory]
    [InlineData("涉稳信息员", new[] { "涉稳信息员经费" })]                         // a project name
    [InlineData("信访事项协调处置量", new[] { "信访稳定工作专项" })]                 // an indicator name only
    [InlineData("督查", new[] { "信访工作督查经费", "信访稳定工作专项" })]           // a project name, and an indicator (下访、约访、调查、督查量)
    [InlineData("不存在的名称", new string[0])]
    public async Task List_Query_MatchesProjectAndIndicatorNames(string q, string[] expected)
    {
        var (_, client) = await UnitWithSeeds();
        using var _ = client;

        var page = await List(client, "?q=" + Uri.EscapeDataString(q));

        Names(page).Should().BeEquivalentTo(expected);
        page["total"]!.GetValue<int>().Should().Be(expected.Length);
    }

    [SkippableTheory]
    [InlineData("?year=2023", 5)]
    [InlineData("?year=2021", 4)]
    [InlineData("?year=2022", 0)]
    [InlineData("?state=draft", 8)]
    [InlineData("?state=submitted", 1)]
    [InlineData("?year=2023&state=submitted", 0)]
    [InlineData("?year=2021&state=submitted", 1)]
    [InlineData("?year=2021&state=draft", 3)]
    [InlineData("?year=2021&state=submitted&q=维稳", 1)]
    [InlineData("?year=2021&state=draft&q=维稳", 0)]
    public async Task List_YearAndStateFilters_Combine(string query, int expected)
    {
        var (_, client) = await UnitWithSeeds();
        using var _ = client;
        var all = await List(client, "?q=维稳经费");
        (await client.Post($"/api/tables/{all["items"]![0]!.Id()}/submit")).StatusCode.Should().Be(HttpStatusCode.OK);

        var page = await List(client, query);

        page["total"]!.GetValue<int>().Should().Be(expected);
        page["items"]!.AsArray().Should().HaveCount(expected);
    }

    [SkippableFact]
    public async Task List_Paging_CoversEveryTableOnceInOrder()
    {
        var (_, client) = await UnitWithSeeds();
        using var _ = client;

        var pages = new List<JsonObject>();
        for (var n = 1; n <= 4; n++) pages.Add(await List(client, $"?pageSize=4&page={n}"));

        pages.Select(p => p["total"]!.GetValue<int>()).Should().AllBeEquivalentTo(9);
        pages.Select(p => p["pageNumber"]!.GetValue<int>()).Should().Equal(1, 2, 3, 4);
        pages.Select(p => p["items"]!.AsArray().Count).Should().Equal(4, 4, 1, 0);
        var ids = pages.SelectMany(p => p["items"]!.AsArray().Select(i => i!.Id())).ToList();
        ids.Should().OnlyHaveUniqueItems().And.HaveCount(9);
        var updated = pages.SelectMany(p => p["items"]!.AsArray().Select(i => i!["updatedAt"]!.GetValue<DateTime>())).ToList();
        updated.Should().BeInDescendingOrder("the newest changes come first");
    }

    [SkippableTheory]
    [InlineData("?pageSize=0", 1)]
    [InlineData("?pageSize=1000", 100)]
    [InlineData("?page=0&pageSize=5", 5)]
    public async Task List_PageSize_IsClampedTo1To100(string query, int size)
    {
        using var client = await Factory.SignIn(await Factory.NewEditor());

        var page = await List(client, query);

        page["pageSize"]!.GetValue<int>().Should().Be(size);
        page["pageNumber"]!.GetValue<int>().Should().Be(1);
    }

    [SkippableFact]
    public async Task List_ForReviewers_FindsOnlySubmittedTablesOfTheirDepartment()
    {
        var (editor, client) = await UnitWithSeeds();
        using var _ = client;
        var unit = editor.User.UnitId!.Value;
        var target = (await List(client, "?q=信访工作督查经费"))["items"]![0]!.Id();
        using var dept = await Factory.SignIn("dept");
        using var finance = await Factory.SignIn("finance");
        var otherDepartment = await Factory.AddDepartment();
        using var stranger = await Factory.SignIn(await Factory.AddPerson(Jixiao.Web.Data.Entities.Role.DepartmentReviewer, department: otherDepartment));

        // "督查" is too short for a trigram index and is scanned; "督查经费" goes through the index for the finance bureau.
        async Task<List<Guid>> Found(HttpClient reviewer, string term = "督查")
        {
            var page = await List(reviewer, $"?q={Uri.EscapeDataString(term)}&pageSize=100");
            page["limited"]!.GetValue<bool>().Should().BeFalse();
            return page["items"]!.AsArray().Where(i => i!["unitId"]!.GetValue<Guid>() == unit).Select(i => i!.Id()).ToList();
        }

        (await Found(dept)).Should().BeEmpty("drafts are the unit's own");
        (await Found(finance)).Should().BeEmpty("drafts are the unit's own");
        (await client.Post($"/api/tables/{target}/submit")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await Found(dept)).Should().Equal(target);
        (await Found(finance)).Should().Equal(target);
        (await Found(finance, "督查经费")).Should().Equal(target);
        (await Found(finance, "协调处置量")).Should().BeEmpty("the indicator is in a table not submitted");
        (await Found(stranger)).Should().BeEmpty("another department's reviewer does not review this unit");
    }
}

public sealed class SearchTestsOnSqlite(SqliteFactory factory) : SearchTests(factory), IClassFixture<SqliteFactory>;

public sealed class SearchTestsOnPostgres(PostgresFactory factory) : SearchTests(factory), IClassFixture<PostgresFactory>;
