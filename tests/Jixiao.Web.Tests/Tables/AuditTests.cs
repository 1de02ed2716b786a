using System.Net;
using System.Text.Json.Nodes;
using Jixiao.Web.Data.Entities;
using Jixiao.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Tests.Tables;

/// <summary>GET /api/tables/{id}/history: every change of state and every edit, with who, when, before and after; the trail is append-only.</summary>
public abstract class AuditTests(JixiaoFactory factory) : IntegrationTest(factory)
{
    private sealed record Step(string Action, string User, string? Comment, string? Before, string? After);

    [SkippableFact]
    public async Task History_RecordsEveryChangeWithWhoWhenBeforeAndAfter()
    {
        var editor = await Factory.NewEditor();
        using var unit = await Factory.SignIn(editor);
        using var dept = await Factory.SignIn("dept");
        using var finance = await Factory.SignIn("finance");
        var minute = TimeSpan.FromMinutes(1);
        var times = new List<DateTime>();
        async Task<JsonObject> Do(HttpClient client, Func<HttpClient, Task<HttpResponseMessage>> call)
        {
            Factory.Clock.Advance(minute);
            times.Add(Factory.Clock.GetUtcNow().UtcDateTime);
            var response = await call(client);
            response.IsSuccessStatusCode.Should().BeTrue(await response.Content.ReadAsStringAsync());
            return await response.Object();
        }

        var imported = (await Do(unit, c => c.Upload(Samples.OneTable("审计前的名称"), "audit.txt")))["tables"]![0]!.AsObject();
        var id = imported.Id();
        var renamed = imported.DeepClone().AsObject();
        renamed["projectName"] = "审计后的名称";
        var afterEdit = await Do(unit, c => c.Edit(id, 1, renamed));
        await Do(unit, c => c.Post($"/api/tables/{id}/submit"));
        await Do(dept, c => c.Post($"/api/tables/{id}/return", new { comment = "请补充绩效目标。" }));
        var current = await unit.GetTable(id);
        await Do(unit, c => c.Edit(id, current.Revision(), current));
        await Do(unit, c => c.Post($"/api/tables/{id}/submit"));
        await Do(dept, c => c.Post($"/api/tables/{id}/approve"));
        await Do(finance, c => c.Post($"/api/tables/{id}/approve"));
        await Do(finance, c => c.Post($"/api/tables/{id}/publish"));
        var v2 = await Do(unit, c => c.Post($"/api/tables/{id}/adjust", new { comment = "调整资金" }));

        var response = await unit.GetAsync($"/api/tables/{v2.Id()}/history");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var history = (await response.Json()).AsArray();
        var steps = history.Select(e => new Step(
            e!["action"]!.GetValue<string>(), e["user"]!.GetValue<string>(), e["comment"]?.GetValue<string>(),
            e["before"]?.GetValue<string>(), e["after"]?.GetValue<string>())).ToList();
        steps.Select(s => (s.Action, s.User)).Should().Equal(
            ("import", editor.UserName), ("edit", editor.UserName), ("submit", editor.UserName), ("return", "dept"),
            ("edit", editor.UserName), ("submit", editor.UserName), ("approve", "dept"), ("approve", "finance"),
            ("publish", "finance"), ("adjust", editor.UserName));
        history.Select(e => e!["at"]!.GetValue<DateTime>()).Should().Equal(times, (at, expected) => Math.Abs((at - expected).TotalSeconds) < 5,
            "each event carries the time it happened");
        // Before and after: the whole table for imports and edits, the states for moves, the versions for an adjustment.
        steps[0].Before.Should().BeNull();
        JsonNode.Parse(steps[0].After!)!["projectName"]!.GetValue<string>().Should().Be("审计前的名称");
        steps[0].Comment.Should().Contain("audit.txt");
        JsonNode.Parse(steps[1].Before!)!["projectName"]!.GetValue<string>().Should().Be("审计前的名称");
        JsonNode.Parse(steps[1].After!)!["projectName"]!.GetValue<string>().Should().Be("审计后的名称");
        JsonNode.Parse(steps[1].After!)!["indicators"]!.AsArray().Should().HaveCount(afterEdit["indicators"]!.AsArray().Count);
        (steps[2].Before, steps[2].After).Should().Be(("Draft", "Submitted"));
        (steps[3].Before, steps[3].After, steps[3].Comment).Should().Be(("Submitted", "Returned", "请补充绩效目标。"));
        (steps[5].Before, steps[5].After).Should().Be(("Returned", "Submitted"));
        (steps[6].Before, steps[6].After).Should().Be(("Submitted", "DepartmentApproved"));
        (steps[7].Before, steps[7].After).Should().Be(("DepartmentApproved", "FinanceApproved"));
        (steps[8].Before, steps[8].After).Should().Be(("FinanceApproved", "Published"));
        steps[9].Comment.Should().Be("调整资金");
        steps[9].Before.Should().Contain("第 1 版");
        steps[9].After.Should().Contain("第 2 版");
        history.Take(9).Select(e => e!["tableId"]!.GetValue<Guid>()).Should().AllBeEquivalentTo(id);
        history[9]!["tableId"]!.GetValue<Guid>().Should().Be(v2.Id());
        // The same trail is reached from either version; a reviewer sees it without the unit's draft of version 2.
        (await (await unit.GetAsync($"/api/tables/{id}/history")).Json()).AsArray().Should().HaveCount(10);
        var reviewed = (await (await dept.GetAsync($"/api/tables/{id}/history")).Json()).AsArray();
        reviewed.Select(e => e!["action"]!.GetValue<string>()).Should().Equal(steps.Take(9).Select(s => s.Action));
        reviewed.Select(e => e!["tableId"]!.GetValue<Guid>()).Should().NotContain(v2.Id());
    }

    [SkippableFact]
    public async Task History_RefusedChangesLeaveNoTrace()
    {
        var editor = await Factory.NewEditor();
        using var unit = await Factory.SignIn(editor);
        using var dept = await Factory.SignIn("dept");
        var table = (await (await unit.Upload(Samples.OneTable(Samples.UniqueName()), "a.txt")).Object())["tables"]![0]!.AsObject();
        var id = table.Id();

        (await unit.Edit(id, 7, table)).StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await unit.Post($"/api/tables/{id}/approve")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await unit.Post($"/api/tables/{id}/publish")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await dept.Post($"/api/tables/{id}/submit")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await unit.Post($"/api/tables/{id}/submit")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await dept.Post($"/api/tables/{id}/return", new { comment = " " })).StatusCode.Should().Be(HttpStatusCode.BadRequest);

        var history = (await (await unit.GetAsync($"/api/tables/{id}/history")).Json()).AsArray();
        history.Select(e => e!["action"]!.GetValue<string>()).Should().Equal("import", "submit");
    }

    [SkippableTheory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("POST")]
    [InlineData("PATCH")]
    public async Task History_NoEndpointChangesIt(string method)
    {
        var editor = await Factory.NewEditor();
        using var unit = await Factory.SignIn(editor);
        var table = (await (await unit.Upload(Samples.OneTable(Samples.UniqueName()), "a.txt")).Object())["tables"]![0]!.AsObject();

        var response = await unit.SendAsync(new HttpRequestMessage(new HttpMethod(method), $"/api/tables/{table.Id()}/history")
        {
            Content = new StringContent("[]", System.Text.Encoding.UTF8, "application/json"),
        });

        response.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
        (await (await unit.GetAsync($"/api/tables/{table.Id()}/history")).Json()).AsArray().Should().ContainSingle();
    }

    [SkippableFact]
    public async Task AuditTrail_RefusesUpdateAndDeleteThroughTheDatabaseContext()
    {
        var editor = await Factory.NewEditor();
        var record = await Factory.TableIn("submitted", editor, await Factory.DemoPerson("dept"), await Factory.DemoPerson("finance"));

        var update = () => Factory.InDb(async db =>
        {
            var e = await db.AuditEvents.FirstAsync(x => x.TableId == record.Id && x.Action == "submit");
            e.UserName = "someone-else";
            e.After = "Published";
            await db.SaveChangesAsync();
        });
        var delete = () => Factory.InDb(async db =>
        {
            db.AuditEvents.RemoveRange(await db.AuditEvents.Where(x => x.TableId == record.Id).ToListAsync());
            await db.SaveChangesAsync();
        });

        await update.Should().ThrowAsync<InvalidOperationException>().WithMessage("*append-only*");
        await delete.Should().ThrowAsync<InvalidOperationException>().WithMessage("*append-only*");
        var events = await Factory.InDb(db => db.AuditEvents.Where(x => x.TableId == record.Id).OrderBy(x => x.At).ToListAsync());
        events.Select(e => (e.Action, e.UserName, e.After)).Should().Equal(("import", editor.UserName, events[0].After), ("submit", editor.UserName, "Submitted"));
    }

    [SkippableFact]
    public async Task History_OfAnotherUnitsTable_IsNotFound()
    {
        var owner = await Factory.NewEditor();
        var record = await Factory.TableIn("submitted", owner, await Factory.DemoPerson("dept"), await Factory.DemoPerson("finance"));
        using var stranger = await Factory.SignIn(await Factory.NewEditor());

        var response = await stranger.GetAsync($"/api/tables/{record.Id}/history");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).Should().NotContain(owner.UserName);
    }
}

public sealed class AuditTestsOnSqlite(SqliteFactory factory) : AuditTests(factory), IClassFixture<SqliteFactory>;

public sealed class AuditTestsOnPostgres(PostgresFactory factory) : AuditTests(factory), IClassFixture<PostgresFactory>;
