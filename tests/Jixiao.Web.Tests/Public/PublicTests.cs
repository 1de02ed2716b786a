using System.Net;
using System.Net.Http.Headers;
using Jixiao.Web.Data.Entities;
using Jixiao.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Tests.Public;

/// <summary>GET /api/public/tables: published tables only, for everyone without signing in, personal phone numbers masked.</summary>
public abstract class PublicTests(JixiaoFactory factory) : IntegrationTest(factory)
{
    /// <summary>A department of its own with one table in every workflow state; returns the department's name and the tables by state.</summary>
    private async Task<(string Department, Dictionary<string, TableRecord> Tables)> OneOfEach()
    {
        var department = await Factory.AddDepartment();
        var editor = await Factory.NewEditor(department);
        var reviewer = await Factory.AddPerson(Role.DepartmentReviewer, department: department);
        var finance = await Factory.DemoPerson("finance");
        var tables = new Dictionary<string, TableRecord>();
        foreach (var state in Arrange.States) tables[state] = await Factory.TableIn(state, editor, reviewer, finance);
        return (department.Name, tables);
    }

    [SkippableFact]
    public async Task List_WithoutSigningIn_ShowsOnlyPublishedTables()
    {
        var (department, tables) = await OneOfEach();
        using var anonymous = Factory.Anonymous();

        var response = await anonymous.GetAsync($"/api/public/tables?department={Uri.EscapeDataString(department)}");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await response.Object();
        page["items"]!.AsArray().Select(i => i!.Id()).Should().Equal(tables["published"].Id);
        page["total"]!.GetValue<int>().Should().Be(1);
        var body = await response.Content.ReadAsStringAsync();
        foreach (var (state, t) in tables.Where(p => p.Key != "published"))
            body.Should().NotContain(t.Id.ToString(), $"a {state} table is not public");
        // And over the whole region: everything listed is published.
        var all = await (await anonymous.GetAsync("/api/public/tables?pageSize=100")).Object();
        var ids = all["items"]!.AsArray().Select(i => i!.Id()).ToList();
        ids.Should().NotBeEmpty();
        var states = await Factory.InDb(db => db.Tables.Where(t => ids.Contains(t.Id)).Select(t => t.State).Distinct().ToListAsync());
        states.Should().Equal(TableState.Published);
    }

    [SkippableTheory]
    [InlineData("draft")]
    [InlineData("submitted")]
    [InlineData("returned")]
    [InlineData("department-approved")]
    [InlineData("finance-approved")]
    public async Task Get_UnpublishedTable_Returns404(string state)
    {
        var (_, tables) = await OneOfEach();
        using var anonymous = Factory.Anonymous();

        var response = await anonymous.GetAsync($"/api/public/tables/{tables[state].Id}");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).Should().NotContain(tables[state].ProjectName!);
    }

    [SkippableFact]
    public async Task Get_PublishedTable_MasksThePhoneNumber()
    {
        var editor = await Factory.NewEditor();
        var published = await Factory.TableIn("published", editor, await Factory.DemoPerson("dept"), await Factory.DemoPerson("finance"));
        using var anonymous = Factory.Anonymous();

        var response = await anonymous.GetAsync($"/api/public/tables/{published.Id}");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var table = await response.Object();
        table["phone"]!.GetValue<string>().Should().Be(Samples.MaskedPhone);
        table["manager"]!.GetValue<string>().Should().Be("陶俐 " + Samples.MaskedPhone);
        table["projectName"]!.GetValue<string>().Should().Be(published.ProjectName);
        table["indicators"]!.AsArray().Should().HaveCount(Samples.TemplateIndicators);
        table["version"]!.GetValue<int>().Should().Be(1);
        (await response.Content.ReadAsStringAsync()).Should().NotContain(Samples.Phone);
        // The unit itself still sees the number it entered.
        using var unit = await Factory.SignIn(editor);
        (await unit.GetTable(published.Id))["phone"]!.GetValue<string>().Should().Be(Samples.Phone);
    }

    [SkippableTheory]
    [InlineData(null)]
    [InlineData("Bearer jx_not-a-token")]
    [InlineData("Basic dXNlcjpwYXNz")]
    public async Task Public_NeedsNoLogin_AndIgnoresBadCredentials(string? authorization)
    {
        var published = await Factory.TableIn("published", await Factory.NewEditor(), await Factory.DemoPerson("dept"), await Factory.DemoPerson("finance"));
        using var client = Factory.Anonymous();
        if (authorization is not null) client.DefaultRequestHeaders.Authorization = AuthenticationHeaderValue.Parse(authorization);

        (await client.GetAsync("/api/public/tables")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.GetAsync($"/api/public/tables/{published.Id}")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [SkippableTheory]
    [InlineData("?region=999999", true)]
    [InlineData("?region=000000", false)]
    [InlineData("?year=2023", true)]
    [InlineData("?year=2022", false)]
    public async Task List_Filters_ByRegionAndYear(string query, bool listed)
    {
        var (department, tables) = await OneOfEach();
        using var anonymous = Factory.Anonymous();

        var page = await (await anonymous.GetAsync($"/api/public/tables{query}&department={Uri.EscapeDataString(department)}")).Object();

        page["items"]!.AsArray().Select(i => i!.Id()).Should().Equal(listed ? [tables["published"].Id] : []);
    }

    [SkippableFact]
    public async Task List_Pages()
    {
        var department = await Factory.AddDepartment();
        var editor = await Factory.NewEditor(department);
        var reviewer = await Factory.AddPerson(Role.DepartmentReviewer, department: department);
        var finance = await Factory.DemoPerson("finance");
        for (var i = 0; i < 5; i++) await Factory.TableIn("published", editor, reviewer, finance);
        using var anonymous = Factory.Anonymous();
        var filter = $"department={Uri.EscapeDataString(department.Name)}&pageSize=2";

        var pages = new List<System.Text.Json.Nodes.JsonObject>();
        for (var n = 1; n <= 3; n++) pages.Add(await (await anonymous.GetAsync($"/api/public/tables?{filter}&page={n}")).Object());

        pages.Select(p => p["total"]!.GetValue<int>()).Should().AllBeEquivalentTo(5);
        pages.Select(p => p["items"]!.AsArray().Count).Should().Equal(2, 2, 1);
        pages.SelectMany(p => p["items"]!.AsArray().Select(i => i!.Id())).Should().OnlyHaveUniqueItems().And.HaveCount(5);
    }
}

public sealed class PublicTestsOnSqlite(SqliteFactory factory) : PublicTests(factory), IClassFixture<SqliteFactory>;

public sealed class PublicTestsOnPostgres(PostgresFactory factory) : PublicTests(factory), IClassFixture<PostgresFactory>;
