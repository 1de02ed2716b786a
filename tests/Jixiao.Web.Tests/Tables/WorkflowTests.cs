using System.Net;
using System.Text.Json.Nodes;
using Jixiao.Web.Tests.Infrastructure;

namespace Jixiao.Web.Tests.Tables;

/// <summary>
/// The review workflow (DOMAIN.md §1, §9): draft → submitted → department-approved → finance-approved → published, returns
/// with a comment at both review steps, submission refused while error findings remain, adjustment as a new version —
/// and in every response, <c>may</c> tells the caller exactly what they may do next.
/// </summary>
public abstract class WorkflowTests(JixiaoFactory factory) : IntegrationTest(factory)
{
    private sealed record Cast(Person Editor, HttpClient Unit, HttpClient Dept, HttpClient Finance, HttpClient Admin) : IDisposable
    {
        public void Dispose()
        {
            Unit.Dispose();
            Dept.Dispose();
            Finance.Dispose();
            Admin.Dispose();
        }
    }

    private async Task<Cast> People()
    {
        var editor = await Factory.NewEditor();
        return new Cast(editor, await Factory.SignIn(editor), await Factory.SignIn("dept"), await Factory.SignIn("finance"), await Factory.SignIn("admin"));
    }

    private static async Task<JsonObject> Upload(HttpClient client)
    {
        var response = await client.Upload(Samples.OneTable(Samples.UniqueName()), "workflow.txt");
        response.StatusCode.Should().Be(HttpStatusCode.Created);
        return (await response.Object())["tables"]![0]!.AsObject();
    }

    private static async Task<JsonObject> Act(HttpClient client, Guid id, string action, object? body = null, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.Post($"/api/tables/{id}/{action}", body);
        response.StatusCode.Should().Be(expected, await response.Content.ReadAsStringAsync());
        return await response.Object();
    }

    [SkippableTheory]
    [InlineData("finance")]
    [InlineData("unit")]
    public async Task Workflow_DraftToPublished_EachStepByItsRoleWithMayMatchingTheCaller(string publisher)
    {
        using var cast = await People();
        var table = await Upload(cast.Unit);
        var id = table.Id();
        table.May().Should().Be("edit,submit");

        var submitted = await Act(cast.Unit, id, "submit");
        submitted.State().Should().Be("submitted");
        submitted.May().Should().BeEmpty("the unit waits for its department");
        (await cast.Dept.GetTable(id)).May().Should().Be("approve,return");
        (await cast.Finance.GetTable(id)).May().Should().BeEmpty();

        var departmentApproved = await Act(cast.Dept, id, "approve");
        departmentApproved.State().Should().Be("department-approved");
        departmentApproved.May().Should().BeEmpty("the department's step is done");
        (await cast.Finance.GetTable(id)).May().Should().Be("approve,return");
        (await cast.Unit.GetTable(id)).May().Should().BeEmpty();

        var financeApproved = await Act(cast.Finance, id, "approve");
        financeApproved.State().Should().Be("finance-approved");
        financeApproved.May().Should().Be("publish");
        (await cast.Unit.GetTable(id)).May().Should().Be("publish,adjust");
        (await cast.Admin.GetTable(id)).May().Should().BeEmpty();
        using var anonymous = Factory.Anonymous();
        (await anonymous.GetAsync($"/api/public/tables/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);

        var published = await Act(publisher == "unit" ? cast.Unit : cast.Finance, id, "publish");
        published.State().Should().Be("published");
        published["publishedAt"]!.GetValue<DateTime>().Should().BeCloseTo(Factory.Clock.GetUtcNow().UtcDateTime, TimeSpan.FromMinutes(1));
        published.May().Should().Be(publisher == "unit" ? "adjust" : "");
        published.Revision().Should().Be(5, "import, then four changes of state");
        (await anonymous.GetAsync($"/api/public/tables/{id}")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    public static TheoryData<string, string?> MissingComments => new()
    {
        { "submitted", null }, { "submitted", "" }, { "submitted", "   " },
        { "department-approved", null }, { "department-approved", "" }, { "department-approved", "   " },
    };

    [SkippableTheory]
    [MemberData(nameof(MissingComments))]
    public async Task Return_WithoutComment_Returns400AndChangesNothing(string state, string? comment)
    {
        using var cast = await People();
        var record = await Factory.TableIn(state, cast.Editor, await Factory.DemoPerson("dept"), await Factory.DemoPerson("finance"));
        var reviewer = state == "submitted" ? cast.Dept : cast.Finance;

        var problem = await Act(reviewer, record.Id, "return", comment is null ? new { } : new { comment }, HttpStatusCode.BadRequest);

        problem["detail"]!.GetValue<string>().Should().Contain("退回必须写明意见");
        var after = await reviewer.GetTable(record.Id);
        after.State().Should().Be(state);
        after.Revision().Should().Be(record.Revision);
    }

    [SkippableTheory]
    [InlineData("submitted")]
    [InlineData("department-approved")]
    public async Task Return_WithComment_LandsInReturnedEditableAndResubmittable(string state)
    {
        using var cast = await People();
        var record = await Factory.TableIn(state, cast.Editor, await Factory.DemoPerson("dept"), await Factory.DemoPerson("finance"));
        var reviewer = state == "submitted" ? cast.Dept : cast.Finance;

        var returned = await Act(reviewer, record.Id, "return", new { comment = "  请补充成本指标。 " });

        returned.State().Should().Be("returned");
        returned["lastComment"]!.GetValue<string>().Should().Be("请补充成本指标。");
        returned.May().Should().BeEmpty("the reviewer has done their part");
        var mine = await cast.Unit.GetTable(record.Id);
        mine.May().Should().Be("edit,submit");
        mine["lastComment"]!.GetValue<string>().Should().Be("请补充成本指标。");
        var edited = mine.DeepClone().AsObject();
        edited["goals"]!["annual"] = "已按意见补充成本指标。";
        (await cast.Unit.Edit(record.Id, mine.Revision(), edited)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await Act(cast.Unit, record.Id, "submit")).State().Should().Be("submitted");
        (await cast.Dept.GetTable(record.Id)).May().Should().Be("approve,return", "a resubmitted table starts at the department again");
    }

    [SkippableFact]
    public async Task Submit_WithErrorFindings_Returns422AndStaysDraft()
    {
        using var cast = await People();
        var upload = await cast.Unit.Upload(Samples.Seed(Samples.Seed001), Samples.Seed001);
        var tables = (await upload.Object())["tables"]!.AsArray();

        foreach (var table in tables)
        {
            var errors = table!["review"]!["errors"]!.GetValue<int>();
            errors.Should().BePositive("every table of seed 001 has an error finding (JX304 or JX305)");
            table.May().Should().Be("edit", "a table with errors may be edited, not submitted");

            var problem = await Act(cast.Unit, table.Id(), "submit", expected: HttpStatusCode.UnprocessableEntity);

            problem["title"]!.GetValue<string>().Should().Be("不能送审");
            problem["detail"]!.GetValue<string>().Should().Contain($"还有 {errors} 个错误级问题");
            var after = await cast.Unit.GetTable(table.Id());
            after.State().Should().Be("draft");
            after.Revision().Should().Be(1);
        }
    }

    [SkippableTheory]
    [InlineData("finance-approved")]
    [InlineData("published")]
    public async Task Adjust_ApprovedTable_OpensVersion2AsDraftAndKeepsVersion1(string state)
    {
        using var cast = await People();
        var record = await Factory.TableIn(state, cast.Editor, await Factory.DemoPerson("dept"), await Factory.DemoPerson("finance"));
        var before = await cast.Unit.GetTable(record.Id);

        var response = await cast.Unit.Post($"/api/tables/{record.Id}/adjust", new { comment = "年中调整资金" });

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var v2 = await response.Object();
        response.Headers.Location!.ToString().Should().Be($"/api/tables/{v2.Id()}");
        v2.Id().Should().NotBe(record.Id);
        v2["lineage"]!.GetValue<Guid>().Should().Be(record.Lineage);
        v2["version"]!.GetValue<int>().Should().Be(2);
        v2.State().Should().Be("draft");
        v2["isCurrent"]!.GetValue<bool>().Should().BeTrue();
        v2.May().Should().Be("edit,submit");
        v2["indicators"]!.ToJsonString().Should().Be(before["indicators"]!.ToJsonString(), "version 2 starts as a copy of version 1");

        var v1 = await cast.Unit.GetTable(record.Id);
        v1["version"]!.GetValue<int>().Should().Be(1);
        v1.State().Should().Be(state, "the approved version stays as it was");
        v1["isCurrent"]!.GetValue<bool>().Should().BeFalse();
        v1.May().Should().BeEmpty("only the current version moves");
        v1["indicators"]!.ToJsonString().Should().Be(before["indicators"]!.ToJsonString());
        (await cast.Unit.Edit(record.Id, v1.Revision(), v1)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await cast.Unit.Post($"/api/tables/{record.Id}/adjust", new { comment = "再调一次" })).StatusCode.Should().Be(HttpStatusCode.Forbidden);

        var versions = (await (await cast.Unit.GetAsync($"/api/tables/{v2.Id()}/versions")).Json()).AsArray();
        versions.Select(v => v!["version"]!.GetValue<int>()).Should().Equal(1, 2);
        // Reviewers see the approved version, not the unit's new draft.
        var seenByDept = (await (await cast.Dept.GetAsync($"/api/tables/{record.Id}/versions")).Json()).AsArray();
        seenByDept.Select(v => v!.Id()).Should().Equal(record.Id);
        (await cast.Dept.GetAsync($"/api/tables/{v2.Id()}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        // The list shows the current version only.
        var listed = await (await cast.Unit.GetAsync($"/api/tables?q={Uri.EscapeDataString(record.ProjectName!)}")).Object();
        listed["items"]!.AsArray().Select(i => i!.Id()).Should().Equal(v2.Id());
        // Reviewers' lists keep the approved version while the unit's draft is open, then show the draft once submitted.
        var query = $"/api/tables?q={Uri.EscapeDataString(record.ProjectName!)}";
        foreach (var reviewer in new[] { cast.Dept, cast.Finance })
            (await (await reviewer.GetAsync(query)).Object())["items"]!.AsArray().Select(i => i!.Id()).Should().Equal(record.Id);
        await Act(cast.Unit, v2.Id(), "submit");
        foreach (var reviewer in new[] { cast.Dept, cast.Finance })
            (await (await reviewer.GetAsync(query)).Object())["items"]!.AsArray().Select(i => i!.Id()).Should().Equal(v2.Id());
    }

    [SkippableFact]
    public async Task Adjust_Version2Published_ReplacesVersion1InPublicView()
    {
        using var cast = await People();
        var record = await Factory.TableIn("published", cast.Editor, await Factory.DemoPerson("dept"), await Factory.DemoPerson("finance"));
        var v2 = await (await cast.Unit.Post($"/api/tables/{record.Id}/adjust", new { comment = "调整" })).Object();
        using var anonymous = Factory.Anonymous();
        (await anonymous.GetAsync($"/api/public/tables/{record.Id}")).StatusCode.Should().Be(HttpStatusCode.OK, "version 1 stays public while version 2 is reviewed");
        var edited = v2.DeepClone().AsObject();
        edited["goals"]!["annual"] = "调整后的年度目标。";
        v2 = await (await cast.Unit.Edit(v2.Id(), v2.Revision(), edited)).Object();

        await Act(cast.Unit, v2.Id(), "submit");
        await Act(cast.Dept, v2.Id(), "approve");
        await Act(cast.Finance, v2.Id(), "approve");
        await Act(cast.Finance, v2.Id(), "publish");

        (await anonymous.GetAsync($"/api/public/tables/{record.Id}")).StatusCode.Should().Be(HttpStatusCode.NotFound, "only the latest published version is public");
        var shown = await (await anonymous.GetAsync($"/api/public/tables/{v2.Id()}")).Object();
        shown["version"]!.GetValue<int>().Should().Be(2);
        shown["goals"]!["annual"]!.GetValue<string>().Should().Be("调整后的年度目标。");
    }

    /// <summary>What each caller may do with a table in each state ("—": the table is not visible to them).</summary>
    public static TheoryData<string, string, string> MayTable => new()
    {
        { "draft", "unit", "edit,submit" }, { "draft", "sibling", "—" }, { "draft", "dept", "—" }, { "draft", "finance", "—" }, { "draft", "admin", "—" },
        { "submitted", "unit", "" }, { "submitted", "sibling", "—" }, { "submitted", "dept", "approve,return" }, { "submitted", "finance", "" }, { "submitted", "admin", "" },
        { "returned", "unit", "edit,submit" }, { "returned", "sibling", "—" }, { "returned", "dept", "" }, { "returned", "finance", "" }, { "returned", "admin", "" },
        { "department-approved", "unit", "" }, { "department-approved", "sibling", "—" }, { "department-approved", "dept", "" }, { "department-approved", "finance", "approve,return" }, { "department-approved", "admin", "" },
        { "finance-approved", "unit", "publish,adjust" }, { "finance-approved", "sibling", "—" }, { "finance-approved", "dept", "" }, { "finance-approved", "finance", "publish" }, { "finance-approved", "admin", "" },
        { "published", "unit", "adjust" }, { "published", "sibling", "—" }, { "published", "dept", "" }, { "published", "finance", "" }, { "published", "admin", "" },
    };

    [SkippableTheory]
    [MemberData(nameof(MayTable))]
    public async Task Get_May_MatchesTheCallerAndState(string state, string caller, string expected)
    {
        var unit = await Factory.AddUnit();
        var editor = await Factory.AddPerson(Jixiao.Web.Data.Entities.Role.UnitEditor, unit);
        var record = await Factory.TableIn(state, editor, await Factory.DemoPerson("dept"), await Factory.DemoPerson("finance"));
        var person = caller switch
        {
            "unit" => await Factory.AddPerson(Jixiao.Web.Data.Entities.Role.UnitEditor, unit),
            "sibling" => await Factory.NewEditor(),
            _ => await Factory.DemoPerson(caller),
        };
        using var client = await Factory.WithToken(person);

        var response = await client.GetAsync($"/api/tables/{record.Id}");

        if (expected == "—")
        {
            response.StatusCode.Should().Be(HttpStatusCode.NotFound);
            return;
        }
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Object()).May().Should().Be(expected);
    }
}

public sealed class WorkflowTestsOnSqlite(SqliteFactory factory) : WorkflowTests(factory), IClassFixture<SqliteFactory>;

public sealed class WorkflowTestsOnPostgres(PostgresFactory factory) : WorkflowTests(factory), IClassFixture<PostgresFactory>;
