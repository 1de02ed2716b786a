using System.Net;
using Jixiao.Web.Pages.Tables;
using Jixiao.Web.Tests.Infrastructure;

namespace Jixiao.Web.Tests.Pages.Tables;

/// <summary>/tables/{id}/edit: the editor's hooks, live findings, saving with the revision it was opened on, and who may edit.</summary>
public abstract class EditPageTests(JixiaoFactory factory) : IntegrationTest(factory)
{
    private async Task<(HttpClient Client, Guid Id, PageForms.Page Page)> OpenEditor(string state = "draft")
    {
        var editor = await Factory.NewEditor();
        var record = await Factory.TableIn(state, editor, await Factory.DemoPerson("dept"), await Factory.DemoPerson("finance"));
        var client = await Factory.SignIn(editor);
        var page = await client.GetPage($"/tables/{record.Id}/edit");
        return (client, record.Id, page);
    }

    private static int Row(List<KeyValuePair<string, string>> fields, string name) =>
        int.Parse(fields.Single(f => f.Key.EndsWith(".Name", StringComparison.Ordinal) && f.Value == name).Key["Indicators[".Length..].Split(']')[0]);

    [SkippableFact]
    public async Task Get_OwnDraft_ShowsTheEditorWithItsHooks()
    {
        var (client, _, page) = await OpenEditor();
        using var _ = client;

        page.Status.Should().Be(HttpStatusCode.OK);
        page.Html.Should().Contain("id=\"editor\"").And.Contain("id=\"findings\"").And.Contain("id=\"save\"");
        page.Count("<tr class=\"indicator-row\" id=\"ind-").Should().Be(Samples.TemplateIndicators);
        var fields = PageForms.Fields(page.Html, "editor");
        foreach (var field in new[] { "Name", "Comparator", "Value", "Unit", "Weight", "Level1", "Level2" })
            fields.Should().Contain(f => f.Key == $"Indicators[0].{field}");
        fields.Value("Revision").Should().Be("1");
        fields.Value("Indicators[0].Level1").Should().Be("产出指标");
        fields.Should().Contain(f => f.Key == "__RequestVerificationToken");
    }

    [SkippableFact]
    public async Task PostFindings_RateAbove100_ReturnsTheFindingsPartialWithTheNewFinding()
    {
        var (client, id, page) = await OpenEditor();
        using var _ = client;
        var fields = PageForms.Fields(page.Html, "editor");
        var row = Row(fields, "各类信访事项协调及时率");
        fields.With($"Indicators[{row}].Value", "105");

        var findings = await client.PostForm($"/tables/{id}/edit?handler=Findings", fields, htmx: true);

        findings.Status.Should().Be(HttpStatusCode.OK);
        findings.Html.Should().NotContain("<html", "htmx swaps the partial into #findings");
        findings.Text.Should().Contain("JX203").And.Contain($"href=\"#ind-{row}\"");
        (await client.GetTable(id)).Revision().Should().Be(1, "reviewing as you type stores nothing");
    }

    [SkippableFact]
    public async Task Post_CurrentRevision_SavesAndGoesBackToTheTable()
    {
        var (client, id, page) = await OpenEditor();
        using var _ = client;
        var name = Samples.UniqueName("改名后的项目");
        var fields = PageForms.Fields(page.Html, "editor").With("ProjectName", name).With("Indicators[0].Value", "300");

        var saved = await client.PostForm($"/tables/{id}/edit", fields);

        saved.Status.Should().Be(HttpStatusCode.Redirect);
        saved.Location.Should().Be($"/tables/{id}");
        var table = await client.GetTable(id);
        table.Revision().Should().Be(2);
        table["projectName"]!.GetValue<string>().Should().Be(name);
        table["indicators"]![0]!["value"]!.GetValue<decimal>().Should().Be(300);
        table["indicators"]!.AsArray().Should().HaveCount(Samples.TemplateIndicators);
        var view = await client.GetPage($"/tables/{id}");
        view.Text.Should().Contain("已保存（修订 2）");
    }

    [SkippableFact]
    public async Task Post_StaleRevision_Answers409KeepsTheInputAndOverwritesNothing()
    {
        var (client, id, page) = await OpenEditor();
        using var _ = client;
        var first = PageForms.Fields(page.Html, "editor").With("ProjectName", Samples.UniqueName("第一个人的名称"));
        var second = PageForms.Fields(page.Html, "editor").With("ProjectName", "第二个人的名称").With("AnnualGoal", "第二个人写的目标");
        (await client.PostForm($"/tables/{id}/edit", first)).Status.Should().Be(HttpStatusCode.Redirect);

        var stale = await client.PostForm($"/tables/{id}/edit", second);

        stale.Status.Should().Be(HttpStatusCode.Conflict);
        stale.Text.Should().Contain("此表已被他人修改").And.Contain("你的修改未保存");
        var kept = PageForms.Fields(stale.Html, "editor");
        kept.Value("ProjectName").Should().Be("第二个人的名称");
        kept.Value("AnnualGoal").Should().Be("第二个人写的目标");
        kept.Value("Revision").Should().Be("1", "the page keeps the revision the input was made on");
        var stored = await client.GetTable(id);
        stored.Revision().Should().Be(2);
        stored["projectName"]!.GetValue<string>().Should().Be(first.Value("ProjectName"));
    }

    [SkippableFact]
    public async Task Post_NumberThatCannotBeRead_Answers422WithTheFieldMarkedAndSavesNothing()
    {
        var (client, id, page) = await OpenEditor();
        using var _ = client;
        var fields = PageForms.Fields(page.Html, "editor").With("Annual.Total", "一百万").With("ProjectName", "不应保存");

        var answer = await client.PostForm($"/tables/{id}/edit", fields);

        answer.Status.Should().Be(HttpStatusCode.UnprocessableEntity);
        answer.Text.Should().Contain(EditModel.InvalidMessage).And.Contain("“一百万”" + TableForm.NotANumber);
        PageForms.Fields(answer.Html, "editor").Value("Annual.Total").Should().Be("一百万");
        (await client.GetTable(id)).Revision().Should().Be(1);
    }

    [SkippableFact]
    public async Task Post_RowsRemovedAndAdded_StoresThemInTheOrderPosted()
    {
        var (client, id, page) = await OpenEditor();
        using var _ = client;
        var fields = PageForms.Fields(page.Html, "editor");
        // The browser renumbers rows after a removal; here the last row is dropped and a new one takes its index.
        var last = Samples.TemplateIndicators - 1;
        fields.RemoveAll(f => f.Key.StartsWith($"Indicators[{last}].", StringComparison.Ordinal));
        fields.With($"Indicators[{last}].Key", "").With($"Indicators[{last}].Level1", "产出指标").With($"Indicators[{last}].Level2", "数量指标")
            .With($"Indicators[{last}].Name", "新增培训场次").With($"Indicators[{last}].Comparator", "≥").With($"Indicators[{last}].Value", "4")
            .With($"Indicators[{last}].Unit", "场").With($"Indicators[{last}].Horizon", "annual");

        (await client.PostForm($"/tables/{id}/edit", fields)).Status.Should().Be(HttpStatusCode.Redirect);

        var indicators = (await client.GetTable(id))["indicators"]!.AsArray();
        indicators.Should().HaveCount(Samples.TemplateIndicators);
        indicators[last]!["name"]!.GetValue<string>().Should().Be("新增培训场次");
        indicators[last]!["comparator"]!.GetValue<string>().Should().Be(">=");
        indicators[last]!["valueText"]!.GetValue<string>().Should().Be("≥4场");
    }

    [SkippableFact]
    public async Task Post_TableSubmittedMeanwhile_Answers403AndKeepsTheInput()
    {
        var (client, id, page) = await OpenEditor();
        using var _ = client;
        (await client.PostAsync($"/api/tables/{id}/submit", null)).StatusCode.Should().Be(HttpStatusCode.OK);
        var fields = PageForms.Fields(page.Html, "editor").With("ProjectName", "送审后才提交的名称");

        var answer = await client.PostForm($"/tables/{id}/edit", fields);

        answer.Status.Should().Be(HttpStatusCode.Forbidden);
        answer.Text.Should().Contain(EditModel.DeniedMessage);
        PageForms.Fields(answer.Html, "editor").Value("ProjectName").Should().Be("送审后才提交的名称");
        (await client.GetTable(id))["projectName"]!.GetValue<string>().Should().NotBe("送审后才提交的名称");
    }

    [SkippableFact]
    public async Task Get_SubmittedTable_Answers403WithAMessage()
    {
        var (client, _, page) = await OpenEditor("submitted");
        using var _ = client;

        page.Status.Should().Be(HttpStatusCode.Forbidden);
        page.Text.Should().Contain(EditModel.DeniedMessage);
        page.Html.Should().NotContain("id=\"editor\"");
    }

    [SkippableFact]
    public async Task Get_Reviewer_Answers403AndPostIsRefusedToo()
    {
        var editor = await Factory.NewEditor();
        var record = await Factory.TableIn("submitted", editor, await Factory.DemoPerson("dept"), await Factory.DemoPerson("finance"));
        using var reviewer = await Factory.SignIn("dept");

        var page = await reviewer.GetPage($"/tables/{record.Id}/edit");
        var post = await reviewer.PostForm($"/tables/{record.Id}/edit",
            [KeyValuePair.Create("__RequestVerificationToken", PageForms.Token(page.Html)), KeyValuePair.Create("Revision", "2"), KeyValuePair.Create("ProjectName", "审核员改的")]);

        page.Status.Should().Be(HttpStatusCode.Forbidden);
        post.Status.Should().Be(HttpStatusCode.Forbidden);
        (await reviewer.GetTable(record.Id))["projectName"]!.GetValue<string>().Should().NotBe("审核员改的");
    }

    [SkippableFact]
    public async Task Post_WithoutAntiforgeryToken_IsRejected()
    {
        var (client, id, page) = await OpenEditor();
        using var _ = client;
        var fields = PageForms.Fields(page.Html, "editor");
        fields.RemoveAll(f => f.Key == "__RequestVerificationToken");

        var answer = await client.PostForm($"/tables/{id}/edit", fields.With("ProjectName", "没有令牌"));

        answer.Status.Should().Be(HttpStatusCode.BadRequest);
        (await client.GetTable(id)).Revision().Should().Be(1);
    }
}

public sealed class EditPageTestsOnSqlite(SqliteFactory factory) : EditPageTests(factory), IClassFixture<SqliteFactory>;

public sealed class EditPageTestsOnPostgres(PostgresFactory factory) : EditPageTests(factory), IClassFixture<PostgresFactory>;
