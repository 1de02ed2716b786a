using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Jixiao.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Tests.Tables;

/// <summary>PUT /api/tables/{id}: an edit names the revision it started from; it is reviewed again; approved tables are read-only.</summary>
public abstract class EditTests(JixiaoFactory factory) : IntegrationTest(factory)
{
    private async Task<(Person Editor, HttpClient Client, JsonObject Table)> Draft()
    {
        var editor = await Factory.NewEditor();
        var client = await Factory.SignIn(editor);
        var upload = await client.Upload(Samples.OneTable(Samples.UniqueName()), "one.txt");
        upload.StatusCode.Should().Be(HttpStatusCode.Created);
        var table = (await upload.Object())["tables"]![0]!.AsObject();
        return (editor, client, table);
    }

    private static JsonObject Indicator(JsonObject table, string name) =>
        table["indicators"]!.AsArray().Single(i => i!["name"]?.GetValue<string>() == name)!.AsObject();

    [SkippableFact]
    public async Task Edit_WithCurrentRevision_SavesBumpsRevisionAndReviewsAgain()
    {
        var (_, client, table) = await Draft();
        using var _ = client;
        table["review"]!["errors"]!.GetValue<int>().Should().Be(0);
        var edited = table.DeepClone().AsObject();
        var newName = Samples.UniqueName("改名后的项目");
        edited["projectName"] = newName;
        // A rate above 100 % is an error finding (JX203); the edit must be reviewed and the table no longer submittable.
        var rate = Indicator(edited, "各类信访事项协调及时率");
        rate["value"] = 105;
        rate["valueText"] = "≥105%";

        var response = await client.Edit(table.Id(), revision: 1, edited);

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var saved = await response.Object();
        saved.Revision().Should().Be(2);
        saved["projectName"]!.GetValue<string>().Should().Be(newName);
        saved["review"]!["errors"]!.GetValue<int>().Should().Be(1);
        saved["diagnostics"]!.AsArray().Select(d => d!["code"]!.GetValue<string>()).Should().Contain("JX203");
        saved.May().Should().Be("edit", "a table with an error finding cannot be submitted");
        var reread = await client.GetTable(table.Id());
        reread.Revision().Should().Be(2);
        Indicator(reread, "各类信访事项协调及时率")["value"]!.GetValue<decimal>().Should().Be(105);
        // The searchable facts follow the edit.
        var found = await (await client.GetAsync("/api/tables?q=" + Uri.EscapeDataString(newName))).Object();
        found["items"]!.AsArray().Select(i => i!.Id()).Should().Equal(table.Id());
        found["items"]![0]!["errors"]!.GetValue<int>().Should().Be(1);
        found["items"]![0]!["grade"]!.GetValue<string>().Should().NotBe(table["review"]!["grade"]!.GetValue<string>());
    }

    [SkippableFact]
    public async Task Edit_RemovingAndRenamingIndicators_KeepsTheSearchIndexInStep()
    {
        var (_, client, table) = await Draft();
        using var _ = client;
        var edited = table.DeepClone().AsObject();
        var indicators = edited["indicators"]!.AsArray();
        while (indicators.Count > 10) indicators.RemoveAt(indicators.Count - 1);
        var renamed = Samples.UniqueName("新指标");
        indicators[0]!["name"] = renamed;

        (await client.Edit(table.Id(), 1, edited)).StatusCode.Should().Be(HttpStatusCode.OK);

        (await Factory.InDb(db => db.Indicators.CountAsync(i => i.TableId == table.Id()))).Should().Be(10);
        var found = await (await client.GetAsync("/api/tables?q=" + Uri.EscapeDataString(renamed))).Object();
        found["total"]!.GetValue<int>().Should().Be(1);
        var old = await (await client.GetAsync("/api/tables?q=" + Uri.EscapeDataString("县领导公开接访服务量"))).Object();
        old["total"]!.GetValue<int>().Should().Be(0, "the renamed indicator is no longer found under its old name");
    }

    public static TheoryData<string, string[]> BadBodies => new()
    {
        { """{"revision":1,"table":{"year":"abc"}}""", ["year"] },
        { """{"revision":1,"table":{"kind":"budget"}}""", ["kind"] },
        { """{"revision":1,"table":{"indicators":[{"level1":"产出指标","name":"a","value":"很多"},{"level1":"输出指标"}]}}""", ["indicators[0].value", "indicators[1].level1"] },
        { """{"revision":1,"table":{"indicators":[{"name":"a","comparator":"≠"}],"funds":{"total":"一百"}}}""", ["indicators[0].comparator", "funds.total"] },
        { """{"revision":1,"table":{"indicators":["not an object"]}}""", ["indicators[0]"] },
    };

    [SkippableTheory]
    [MemberData(nameof(BadBodies))]
    public async Task Edit_BadTable_Returns400NamingEveryPathAndSavesNothing(string body, string[] paths)
    {
        var (_, client, table) = await Draft();
        using var _ = client;

        var response = await client.PutAsync($"/api/tables/{table.Id()}", new StringContent(body, Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await response.Object();
        problem["title"]!.GetValue<string>().Should().Be("表的内容有误，未保存");
        foreach (var path in paths) problem["detail"]!.GetValue<string>().Should().Contain(path + "：");
        (await client.GetTable(table.Id())).Revision().Should().Be(1);
    }

    [SkippableTheory]
    [InlineData("""{"revision":1}""")]
    [InlineData("""{"revision":1,"table":null}""")]
    [InlineData("""not json at all""")]
    [InlineData("""{"revision":"one","table":{}}""")]
    public async Task Edit_MalformedRequest_Returns400(string body)
    {
        var (_, client, table) = await Draft();
        using var _ = client;

        var response = await client.PutAsync($"/api/tables/{table.Id()}", new StringContent(body, Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await client.GetTable(table.Id())).Revision().Should().Be(1);
    }

    [SkippableFact]
    public async Task Edit_StaleRevision_Returns409AndKeepsTheNewerEdit()
    {
        var (_, client, table) = await Draft();
        using var _ = client;
        var first = table.DeepClone().AsObject();
        first["projectName"] = "第一次修改";
        (await client.Edit(table.Id(), 1, first)).StatusCode.Should().Be(HttpStatusCode.OK);
        var second = table.DeepClone().AsObject();
        second["projectName"] = "基于旧版本的修改";

        var response = await client.Edit(table.Id(), 1, second);

        response.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await response.Object())["detail"]!.GetValue<string>().Should().Contain("当前修订号 2").And.Contain("未保存");
        var current = await client.GetTable(table.Id());
        current["projectName"]!.GetValue<string>().Should().Be("第一次修改");
        current.Revision().Should().Be(2);
    }

    [SkippableTheory]
    [InlineData("submitted")]
    [InlineData("department-approved")]
    [InlineData("finance-approved")]
    [InlineData("published")]
    public async Task Edit_TableUnderReviewOrApproved_Returns403AndStaysAsItWas(string state)
    {
        var editor = await Factory.NewEditor();
        var record = await Factory.TableIn(state, editor, await Factory.DemoPerson("dept"), await Factory.DemoPerson("finance"));
        using var client = await Factory.SignIn(editor);
        var table = await client.GetTable(record.Id);
        table.May().Should().NotContain("edit");
        var edited = table.DeepClone().AsObject();
        edited["projectName"] = "批复后偷偷修改";

        var response = await client.Edit(record.Id, table.Revision(), edited);

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await response.Object())["detail"]!.GetValue<string>().Should().Contain("只读");
        var after = await client.GetTable(record.Id);
        after["projectName"]!.GetValue<string>().Should().Be(table["projectName"]!.GetValue<string>());
        after.Revision().Should().Be(table.Revision());
    }

    [SkippableFact]
    public async Task Edit_ReturnedTable_IsEditableAgain()
    {
        var editor = await Factory.NewEditor();
        var record = await Factory.TableIn("returned", editor, await Factory.DemoPerson("dept"), await Factory.DemoPerson("finance"));
        using var client = await Factory.SignIn(editor);
        var table = await client.GetTable(record.Id);
        var edited = table.DeepClone().AsObject();
        edited["goals"]!["annual"] = "按审核意见补充：全年信访事项按期办结率不低于 95%。";

        var response = await client.Edit(record.Id, table.Revision(), edited);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var saved = await response.Object();
        saved.State().Should().Be("returned");
        saved["goals"]!["annual"]!.GetValue<string>().Should().StartWith("按审核意见补充");
        saved.May().Should().Be("edit,submit");
    }

    [SkippableFact]
    public async Task Edit_UnknownTable_Returns404()
    {
        using var client = await Factory.SignIn(await Factory.NewEditor());

        var response = await client.PutAsJsonAsync($"/api/tables/{Guid.NewGuid()}", new { revision = 1, table = new { } });

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}

public sealed class EditTestsOnSqlite(SqliteFactory factory) : EditTests(factory), IClassFixture<SqliteFactory>;

public sealed class EditTestsOnPostgres(PostgresFactory factory) : EditTests(factory), IClassFixture<PostgresFactory>;
