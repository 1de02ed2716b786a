using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Jixiao.Web.Tests.Infrastructure;

namespace Jixiao.Web.Tests.Tables;

/// <summary>Monitoring and self-evaluation entered for an approved table: stored per checkpoint, with lights and scores computed.</summary>
public abstract class EntriesTests(JixiaoFactory factory) : IntegrationTest(factory)
{
    private async Task<(HttpClient Unit, JsonObject Table)> Approved(string state = "finance-approved")
    {
        var editor = await Factory.NewEditor();
        var record = await Factory.TableIn(state, editor, await Factory.DemoPerson("dept"), await Factory.DemoPerson("finance"));
        var unit = await Factory.SignIn(editor);
        return (unit, await unit.GetTable(record.Id));
    }

    /// <summary>The server's own template, filled in: one line per indicator after the 预算执行数 line.</summary>
    private static async Task<string> Filled(HttpClient unit, JsonObject table, string spent, Func<JsonObject, (string Actual, string Likelihood)> fill)
    {
        var template = await unit.GetStringAsync($"/api/tables/{table.Id()}/entries/template");
        var lines = template.TrimEnd('\n').Split('\n');
        lines[0].TrimStart('\uFEFF').Should().Be("table,indicator,actual,score,likelihood,cause,measure");
        var indicators = table["indicators"]!.AsArray();
        lines.Should().HaveCount(2 + indicators.Count);
        var csv = new StringBuilder(lines[0]).Append('\n');
        csv.Append(Row(lines[1], spent, "")).Append('\n');
        for (var k = 0; k < indicators.Count; k++)
        {
            var (actual, likelihood) = fill(indicators[k]!.AsObject());
            csv.Append(Row(lines[2 + k], actual, likelihood)).Append('\n');
        }
        return csv.ToString();
    }

    private static string Row(string templateLine, string actual, string likelihood)
    {
        templateLine.Should().EndWith(",,,,,");
        return templateLine[..^5] + $",{actual},,{likelihood},,";
    }

    private static string Target(JsonObject i) =>
        i["value"] is { } v ? v.GetValue<decimal>().ToString(CultureInfo.InvariantCulture) + i["unit"]?.GetValue<string>() : "达成年度指标";

    [SkippableTheory]
    [InlineData("finance-approved")]
    [InlineData("published")]
    public async Task SelfEvaluation_ForApprovedTable_IsStoredAndScored(string state)
    {
        var (unit, table) = await Approved(state);
        using var _ = unit;
        var csv = await Filled(unit, table, spent: "100", i => (Target(i), ""));

        var response = await unit.PostCsv($"/api/tables/{table.Id()}/self-evaluation", csv);

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var result = await response.Object();
        result["evaluation"]!["budgetExecutionScore"]!.GetValue<decimal>().Should().Be(10);
        result["evaluation"]!["total"]!.GetValue<decimal>().Should().Be(100);
        result["evaluation"]!["grade"]!.GetValue<string>().Should().Be("优");
        result["indicators"]!.AsArray().Select(i => i!["score"]!.GetValue<decimal>()).Sum().Should().Be(90);
        result["entryDiagnostics"]!.AsArray().Should().BeEmpty();

        var entries = (await (await unit.GetAsync($"/api/tables/{table.Id()}/entries")).Json()).AsArray();
        var entry = entries.Should().ContainSingle().Subject!;
        entry["kind"]!.GetValue<string>().Should().Be("self-evaluation");
        entry["month"].Should().BeNull();
        entry["result"]!["evaluation"]!["total"]!.GetValue<decimal>().Should().Be(100);
        var history = (await (await unit.GetAsync($"/api/tables/{table.Id()}/history")).Json()).AsArray();
        history.Last()!["action"]!.GetValue<string>().Should().Be("self-evaluation");
        history.Last()!["after"]!.GetValue<string>().Should().Contain("预算执行数");
    }

    [SkippableFact]
    public async Task SelfEvaluation_HalfSpent_CostsFiveOfTheTenBudgetPoints()
    {
        var (unit, table) = await Approved();
        using var _ = unit;
        var csv = await Filled(unit, table, spent: "50", i => (Target(i), ""));

        var result = await (await unit.PostCsv($"/api/tables/{table.Id()}/self-evaluation", csv)).Object();

        result["evaluation"]!["budgetExecutionRate"]!.GetValue<decimal>().Should().Be(50);
        result["evaluation"]!["budgetExecutionScore"]!.GetValue<decimal>().Should().Be(5);
        result["evaluation"]!["total"]!.GetValue<decimal>().Should().Be(95);
    }

    [SkippableFact]
    public async Task Monitoring_ForApprovedTable_IsStoredPerCheckpointWithLights()
    {
        var (unit, table) = await Approved();
        using var _ = unit;
        // On course at the end of July: seven twelfths of every count, rates and grades stated as certain.
        var csv = await Filled(unit, table, spent: "70", i =>
            i["value"] is { } v && i["unit"]?.GetValue<string>() != "%"
                ? (Math.Ceiling(v.GetValue<decimal>() * 7 / 12).ToString(CultureInfo.InvariantCulture) + i["unit"]!.GetValue<string>(), "")
                : ("", "确定能"));

        var july = await unit.PostCsv($"/api/tables/{table.Id()}/monitoring?month=7", csv);
        var august = await unit.PostCsv($"/api/tables/{table.Id()}/monitoring?month=8", csv);

        july.StatusCode.Should().Be(HttpStatusCode.OK, await july.Content.ReadAsStringAsync());
        var result = await july.Object();
        result["monitoring"]!["month"]!.GetValue<int>().Should().Be(7);
        result["monitoring"]!["spentPercent"]!.GetValue<decimal>().Should().Be(70);
        result["monitoring"]!["budgetLight"]!.GetValue<string>().Should().Be("green");
        result["monitoring"]!["light"]!.GetValue<string>().Should().Be("green");
        result["indicators"]!.AsArray().Select(i => i!["light"]?.GetValue<string>()).Should().AllBe("green");
        august.StatusCode.Should().Be(HttpStatusCode.OK);
        var entries = (await (await unit.GetAsync($"/api/tables/{table.Id()}/entries")).Json()).AsArray();
        entries.Select(e => (e!["kind"]!.GetValue<string>(), e["month"]!.GetValue<int>())).Should().Equal(("monitoring", 7), ("monitoring", 8));
    }

    [SkippableFact]
    public async Task Monitoring_AsMultipartFile_IsAccepted()
    {
        var (unit, table) = await Approved();
        using var _ = unit;
        var csv = await Filled(unit, table, spent: "10", i => ("", "有可能"));
        var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", "进度.csv" } };

        var response = await unit.PostAsync($"/api/tables/{table.Id()}/monitoring?month=3", form);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Object())["monitoring"]!["month"]!.GetValue<int>().Should().Be(3);
    }

    [SkippableFact]
    public async Task Entries_UnknownIndicator_IsReportedNotDropped()
    {
        var (unit, table) = await Approved();
        using var _ = unit;
        var name = table["projectName"]!.GetValue<string>();
        var csv = $"table,indicator,actual\n{name},县领导公开接访服务数,150次\n";

        var result = await (await unit.PostCsv($"/api/tables/{table.Id()}/self-evaluation", csv)).Object();

        var finding = result["entryDiagnostics"]!.AsArray().Should().ContainSingle().Subject!;
        finding["code"]!.GetValue<string>().Should().Be("JX802");
        finding["message"]!.GetValue<string>().Should().Contain("县领导公开接访服务量");
    }

    [SkippableTheory]
    [InlineData("draft")]
    [InlineData("submitted")]
    [InlineData("returned")]
    [InlineData("department-approved")]
    public async Task Entries_ForTableNotYetApproved_Returns409AndStoresNothing(string state)
    {
        var (unit, table) = await Approved(state);
        using var _ = unit;

        var monitoring = await unit.PostCsv($"/api/tables/{table.Id()}/monitoring?month=7", "table,indicator,actual\n");
        var evaluation = await unit.PostCsv($"/api/tables/{table.Id()}/self-evaluation", "table,indicator,actual\n");

        monitoring.StatusCode.Should().Be(HttpStatusCode.Conflict);
        evaluation.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await (await unit.GetAsync($"/api/tables/{table.Id()}/entries")).Json()).AsArray().Should().BeEmpty();
    }

    [SkippableTheory]
    [InlineData("?month=0")]
    [InlineData("?month=13")]
    [InlineData("?month=七")]
    [InlineData("")]
    public async Task Monitoring_WithoutAValidMonth_Returns400(string query)
    {
        var (unit, table) = await Approved();
        using var _ = unit;

        var response = await unit.PostCsv($"/api/tables/{table.Id()}/monitoring{query}", "table,indicator,actual\n");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await (await unit.GetAsync($"/api/tables/{table.Id()}/entries")).Json()).AsArray().Should().BeEmpty();
    }
}

public sealed class EntriesTestsOnSqlite(SqliteFactory factory) : EntriesTests(factory), IClassFixture<SqliteFactory>;

public sealed class EntriesTestsOnPostgres(PostgresFactory factory) : EntriesTests(factory), IClassFixture<PostgresFactory>;
