using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Jixiao.Web.Tests.Infrastructure;

namespace Jixiao.Web.Tests.Pages;

/// <summary>/dashboard: findings by check, grades and monitoring lights as charts (ECharts options in data-chart), and the departments.</summary>
public abstract class DashboardPageTests(JixiaoFactory factory) : IntegrationTest(factory)
{
    private static JsonObject Chart(PageForms.Page page, string id)
    {
        var m = Regex.Match(page.Html, $@"id=""{id}""[^>]*\sdata-chart=""([^""]*)""");
        m.Success.Should().BeTrue($"the page should draw #{id}");
        return JsonNode.Parse(WebUtility.HtmlDecode(m.Groups[1].Value))!.AsObject();
    }

    [SkippableFact]
    public async Task Get_FinanceReviewer_DrawsFindingsGradesAndLightsPerDepartment()
    {
        using var finance = await Factory.SignIn("finance");

        var page = await finance.GetPage("/dashboard");

        page.Status.Should().Be(HttpStatusCode.OK);
        var findings = Chart(page, "chart-findings")["baseOption"]!;
        findings["yAxis"]!["data"]!.AsArray().Select(c => c!.GetValue<string>()).Should().Contain(c => Regex.IsMatch(c, @"^JX\d{3} "));
        findings["series"]!.AsArray().Select(s => s!["name"]!.GetValue<string>()).Should().Equal("错误", "警告", "提示");
        var grades = Chart(page, "chart-grades")["series"]![0]!["data"]!.AsArray();
        grades.Sum(g => g!["value"]!.GetValue<int>()).Should().BeGreaterThan(0);
        Chart(page, "chart-lights")["xAxis"]!["data"]!.AsArray().Select(x => x!.GetValue<string>()).Should().Equal("红灯", "黄灯", "蓝灯", "绿灯", "未监控");
        page.Text.Should().Contain("演示市信访系统");
    }

    [SkippableFact]
    public async Task Get_AfterAMonitoringEntry_ShowsTheTablesLatestLight()
    {
        var editor = await Factory.NewEditor();
        var record = await Factory.TableIn("finance-approved", editor, await Factory.DemoPerson("dept"), await Factory.DemoPerson("finance"));
        using var client = await Factory.SignIn(editor);
        var form = await client.GetPage($"/tables/{record.Id}/monitoring");
        var fields = PageForms.Fields(form.Html, "monitoring-form").With("Input.Month", "7").With("Input.Spent", "10").With("Input.Rows[0].Actual", "30");
        (await client.PostForm($"/tables/{record.Id}/monitoring?handler=Save", fields)).Status.Should().Be(HttpStatusCode.Redirect);

        var page = await client.GetPage("/dashboard");

        // The editor sees only its unit's one table: red (10 of 100 万元 by July, and 30 of 116.67 reached).
        var bars = Chart(page, "chart-lights")["series"]![0]!["data"]!.AsArray().Select(d => d!["value"]!.GetValue<int>());
        bars.Should().Equal(1, 0, 0, 0, 0);
        page.Html.Should().Contain($"href=\"/tables/{record.Id}/monitoring\"").And.Contain("light-red");
        page.Text.Should().Contain("7 月底");
    }

    [SkippableFact]
    public async Task Get_SignedOut_GoesToTheLoginPage()
    {
        using var anonymous = Factory.Anonymous();

        var page = await anonymous.GetPage("/dashboard");

        page.Status.Should().Be(HttpStatusCode.Redirect);
        page.Location.Should().Contain("/login");
    }
}

public sealed class DashboardPageTestsOnSqlite(SqliteFactory factory) : DashboardPageTests(factory), IClassFixture<SqliteFactory>;

public sealed class DashboardPageTestsOnPostgres(PostgresFactory factory) : DashboardPageTests(factory), IClassFixture<PostgresFactory>;
