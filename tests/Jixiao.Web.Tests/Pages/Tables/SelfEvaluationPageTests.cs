using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Jixiao.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Tests.Pages.Tables;

/// <summary>/tables/{id}/self-evaluation: scores, total and grade computed as the unit types, and the evaluation stored with its audit event.</summary>
public abstract class SelfEvaluationPageTests(JixiaoFactory factory) : IntegrationTest(factory)
{
    // The template table: 100 万元, weights adding to 100 (scaled to 90). Row 1 is 信访事项协调处置量 ≥ 300次 (4.5 points),
    // row 4 the qualitative 信访接待各项设施设备 (4.5 points; 部分达成并具有一定效果 is 2.7–3.6).
    private async Task<(HttpClient Client, Guid Id, PageForms.Page Page)> Open()
    {
        var editor = await Factory.NewEditor();
        var record = await Factory.TableIn("published", editor, await Factory.DemoPerson("dept"), await Factory.DemoPerson("finance"));
        var client = await Factory.SignIn(editor);
        return (client, record.Id, await client.GetPage($"/tables/{record.Id}/self-evaluation"));
    }

    private static List<KeyValuePair<string, string>> Entered(PageForms.Page page, string qualitativeScore = "3") =>
        PageForms.Fields(page.Html, "self-evaluation-form")
            .With("Input.Spent", "92")
            .With("Input.Rows[1].Actual", "250")
            .With("Input.Rows[4].Actual", "部分达成并具有一定效果")
            .With("Input.Rows[4].Score", qualitativeScore);

    private static string Total(string html) => Regex.Match(html, @"<span id=""total"">([^<]*)</span>").Groups[1].Value;

    [SkippableFact]
    public async Task Get_OwnApprovedTable_ShowsTheFormWithBandsAndTheTotal()
    {
        var (client, _, page) = await Open();
        using var _ = client;

        page.Status.Should().Be(HttpStatusCode.OK);
        page.Html.Should().Contain("id=\"self-evaluation-form\"").And.Contain("id=\"self-evaluation-result\"").And.Contain("id=\"total\"");
        Total(page.Html).Should().Be("0", "nothing is entered yet");
        page.Text.Should().Contain("达成年度指标").And.Contain("部分达成并具有一定效果").And.Contain("未达成且效果较差");
        PageForms.Fields(page.Html, "self-evaluation-form").Should().Contain(f => f.Key == "Input.Rows[4].Score");
    }

    [SkippableFact]
    public async Task PostCompute_ActualsAndSpent_ScoresEachIndicatorAndTotals()
    {
        var (client, id, page) = await Open();
        using var _ = client;

        var result = await client.PostForm($"/tables/{id}/self-evaluation?handler=Compute", Entered(page), htmx: true);

        result.Status.Should().Be(HttpStatusCode.OK);
        result.Html.Should().NotContain("<html");
        // 9.2 (92 of 100 万元) + 3.75 (250 of 300 × 4.5) + 3 (inside the band) = 15.95
        Total(result.Html).Should().Be("15.95");
        result.Text.Should().Contain("9.2 / 10").And.Contain("等级 ").And.Contain("grade-差");
        Regex.Match(result.Html, @"id=""score-1""[^>]*>\s*<b class=""points[^""]*"">([^<]*)</b>").Groups[1].Value.Should().Be("3.75");
        Regex.Match(result.Html, @"id=""score-4""[^>]*>\s*<b class=""points[^""]*"">([^<]*)</b>").Groups[1].Value.Should().Be("3");
        result.Text.Should().Contain("JX603", "an indicator below full needs its cause");
        (await Factory.InDb(db => db.Entries.CountAsync(e => e.TableId == id))).Should().Be(0);
    }

    [SkippableFact]
    public async Task PostCompute_QualitativeScoreOutsideItsBand_IsClampedWithAFinding()
    {
        var (client, id, page) = await Open();
        using var _ = client;

        var result = await client.PostForm($"/tables/{id}/self-evaluation?handler=Compute", Entered(page, qualitativeScore: "4.4"), htmx: true);

        result.Text.Should().Contain("JX610");
        Regex.Match(result.Html, @"id=""score-4""[^>]*>\s*<b class=""points[^""]*"">([^<]*)</b>").Groups[1].Value.Should().Be("3.6");
    }

    [SkippableFact]
    public async Task PostSave_StoresTheEvaluationWithItsAuditEvent()
    {
        var (client, id, page) = await Open();
        using var _ = client;

        var saved = await client.PostForm($"/tables/{id}/self-evaluation?handler=Save", Entered(page));

        saved.Status.Should().Be(HttpStatusCode.Redirect);
        var entry = await Factory.InDb(db => db.Entries.SingleAsync(e => e.TableId == id));
        entry.Kind.Should().Be("self-evaluation");
        entry.Month.Should().BeNull();
        entry.EntriesCsv.Should().Contain("预算执行数,92,").And.Contain("信访事项协调处置量,250,").And.Contain("信访接待各项设施设备,部分达成并具有一定效果,3,");
        var evaluation = JsonNode.Parse(entry.ResultJson!)!["evaluation"]!;
        evaluation["total"]!.GetValue<decimal>().Should().Be(15.95m);
        evaluation["grade"]!.GetValue<string>().Should().Be("差");
        (await Factory.InDb(db => db.AuditEvents.CountAsync(a => a.TableId == id && a.Action == "self-evaluation"))).Should().Be(1);

        var after = await client.GetPage(saved.Location!);
        after.Text.Should().Contain("已保存自评：总分 15.95，等级差。");
        Total(after.Html).Should().Be("15.95");
    }

    [SkippableFact]
    public async Task Get_FinanceReviewer_ReadsTheStoredEvaluation()
    {
        var (client, id, page) = await Open();
        using var _ = client;
        (await client.PostForm($"/tables/{id}/self-evaluation?handler=Save", Entered(page))).Status.Should().Be(HttpStatusCode.Redirect);
        using var finance = await Factory.SignIn("finance");

        var read = await finance.GetPage($"/tables/{id}/self-evaluation");
        var compute = await finance.PostForm($"/tables/{id}/self-evaluation?handler=Compute", Entered(read), htmx: true);

        read.Status.Should().Be(HttpStatusCode.OK);
        read.Html.Should().NotContain("hx-post=");
        Total(read.Html).Should().Be("15.95");
        compute.Status.Should().Be(HttpStatusCode.Forbidden);
    }
}

public sealed class SelfEvaluationPageTestsOnSqlite(SqliteFactory factory) : SelfEvaluationPageTests(factory), IClassFixture<SqliteFactory>;

public sealed class SelfEvaluationPageTestsOnPostgres(PostgresFactory factory) : SelfEvaluationPageTests(factory), IClassFixture<PostgresFactory>;
