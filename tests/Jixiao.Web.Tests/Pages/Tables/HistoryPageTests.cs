using System.Net;
using System.Text.Json.Nodes;
using Jixiao.Web.Tests.Infrastructure;

namespace Jixiao.Web.Tests.Pages.Tables;

/// <summary>/tables/{id}/history: versions of the lineage, the audit trail, and the diff between two chosen versions.</summary>
public abstract class HistoryPageTests(JixiaoFactory factory) : IntegrationTest(factory)
{
    [SkippableFact]
    public async Task Get_AfterAnEdit_ShowsTheTrailAndTheDiffFromTheImportedContent()
    {
        var editor = await Factory.NewEditor();
        var record = await Factory.TableIn("draft", editor, await Factory.DemoPerson("dept"), await Factory.DemoPerson("finance"));
        using var client = await Factory.SignIn(editor);
        var table = await client.GetTable(record.Id);
        var edited = table.DeepClone().AsObject();
        edited["goals"]!["annual"] = "全年信访事项按期办结率不低于 95%。";
        edited["indicators"]![0]!["value"] = 300;
        edited["indicators"]![0]!["valueText"] = null;
        (await client.Edit(record.Id, 1, edited)).StatusCode.Should().Be(HttpStatusCode.OK);

        var page = await client.GetPage($"/tables/{record.Id}/history");

        page.Status.Should().Be(HttpStatusCode.OK);
        page.Html.Should().Contain("<table class=\"list diff\" id=\"diff\"");
        var text = page.Text;
        text.Should().Contain("导入时的原始内容").And.Contain("第 1 版");
        text.Should().Contain("全年信访事项按期办结率不低于 95%。").And.Contain("年度目标");
        text.Should().Contain("指标值").And.Contain("300");
        text.Should().Contain("修改（第 1 版）").And.Contain("导入（第 1 版）");
        text.Should().Contain("改动 2 处");
    }

    [SkippableFact]
    public async Task Get_FromTo_ComparesTwoVersionsOfAnAdjustedTable()
    {
        var editor = await Factory.NewEditor();
        var finance = await Factory.DemoPerson("finance");
        var record = await Factory.TableIn("finance-approved", editor, await Factory.DemoPerson("dept"), finance);
        using var client = await Factory.SignIn(editor);
        var adjusted = await (await client.PostAsync($"/api/tables/{record.Id}/adjust", null)).Object();
        var next = adjusted.Id();
        var edited = (await client.GetTable(next)).DeepClone().AsObject();
        var removed = edited["indicators"]!.AsArray()[^1]!["name"]!.GetValue<string>();
        edited["indicators"]!.AsArray().RemoveAt(edited["indicators"]!.AsArray().Count - 1);
        edited["projectName"] = "调整后的项目名称";
        (await client.Edit(next, adjusted.Revision(), edited)).StatusCode.Should().Be(HttpStatusCode.OK);

        var page = await client.GetPage($"/tables/{next}/history?from=1&to=2");

        page.Status.Should().Be(HttpStatusCode.OK);
        var text = page.Text;
        text.Should().Contain("从“第 1 版（已批复）”到“第 2 版（草稿）”");
        text.Should().Contain("调整后的项目名称").And.Contain("删除").And.Contain(removed);
        text.Should().Contain("调整（第 2 版）").And.Contain("财政审核通过（第 1 版）").And.Contain("待部门审核 → 待财政审核");
        page.Count("<a href=\"/tables/[0-9a-f-]{36}\">第 [12] 版</a>").Should().Be(2);

        var same = await client.GetPage($"/tables/{next}/history?from=2&to=2");
        same.Text.Should().Contain("内容相同");
        same.Html.Should().NotContain("id=\"diff\"");
    }

    [SkippableFact]
    public async Task Get_ReviewerOnTheApprovedVersion_DoesNotSeeTheUnitsNextDraft()
    {
        var editor = await Factory.NewEditor();
        var finance = await Factory.DemoPerson("finance");
        var record = await Factory.TableIn("finance-approved", editor, await Factory.DemoPerson("dept"), finance);
        using var unit = await Factory.SignIn(editor);
        var adjusted = await (await unit.PostAsync($"/api/tables/{record.Id}/adjust", null)).Object();
        var draft = (await unit.GetTable(adjusted.Id())).DeepClone().AsObject();
        draft["projectName"] = "尚未送审的调整草稿";
        (await unit.Edit(adjusted.Id(), adjusted.Revision(), draft)).StatusCode.Should().Be(HttpStatusCode.OK);
        using var reviewer = await Factory.SignIn(finance);

        var page = await reviewer.GetPage($"/tables/{record.Id}/history");

        page.Status.Should().Be(HttpStatusCode.OK);
        page.Text.Should().Contain("财政审核通过（第 1 版）");
        page.Text.Should().NotContain("尚未送审的调整草稿").And.NotContain("第 2 版");
        var own = await unit.GetPage($"/tables/{adjusted.Id()}/history");
        own.Text.Should().Contain("尚未送审的调整草稿").And.Contain("调整（第 2 版）");
    }

    [SkippableFact]
    public async Task Get_TableOfAnotherUnit_Answers404()
    {
        var record = await Factory.TableIn("draft", await Factory.NewEditor(), await Factory.DemoPerson("dept"), await Factory.DemoPerson("finance"));
        using var other = await Factory.SignIn(await Factory.NewEditor());

        (await other.GetPage($"/tables/{record.Id}/history")).Status.Should().Be(HttpStatusCode.NotFound);
    }
}

public sealed class HistoryPageTestsOnSqlite(SqliteFactory factory) : HistoryPageTests(factory), IClassFixture<SqliteFactory>;

public sealed class HistoryPageTestsOnPostgres(PostgresFactory factory) : HistoryPageTests(factory), IClassFixture<PostgresFactory>;
