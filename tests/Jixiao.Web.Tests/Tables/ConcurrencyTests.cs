using System.Net;
using System.Text.Json.Nodes;
using Jixiao.Web.Data.Entities;
using Jixiao.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Tests.Tables;

/// <summary>Optimistic concurrency: of two changes made from the same revision at the same moment, one wins and the other is refused whole.</summary>
public abstract class ConcurrencyTests(JixiaoFactory factory) : IntegrationTest(factory)
{
    private const int Rounds = 5;

    [SkippableFact]
    public async Task Edit_TwoConcurrentEditsFromTheSameRevision_OneSavesTheOtherGets409()
    {
        var unit = await Factory.AddUnit();
        var alice = await Factory.AddPerson(Role.UnitEditor, unit);
        var bob = await Factory.AddPerson(Role.UnitEditor, unit);
        using var a = await Factory.SignIn(alice);
        using var b = await Factory.SignIn(bob);

        for (var round = 0; round < Rounds; round++)
        {
            var upload = await a.Upload(Samples.OneTable(Samples.UniqueName()), "shared.txt");
            var table = (await upload.Object())["tables"]![0]!.AsObject();
            // Each edit renames the project and changes a different indicator, so a half-applied loser would show.
            var byAlice = Change(table, "Alice 的修改", indicator: 0, value: 201);
            var byBob = Change(table, "Bob 的修改", indicator: 1, value: 301);

            var responses = await Task.WhenAll(a.Edit(table.Id(), 1, byAlice), b.Edit(table.Id(), 1, byBob));

            responses.Select(r => r.StatusCode).Should().BeEquivalentTo([HttpStatusCode.OK, HttpStatusCode.Conflict], $"round {round}");
            var aliceWon = responses[0].StatusCode == HttpStatusCode.OK;
            var loser = responses[aliceWon ? 1 : 0];
            (await loser.Object())["detail"]!.GetValue<string>().Should().Contain("未");
            var current = await a.GetTable(table.Id());
            current.Revision().Should().Be(2);
            current["projectName"]!.GetValue<string>().Should().Be(aliceWon ? "Alice 的修改" : "Bob 的修改");
            Value(current, 0).Should().Be(aliceWon ? 201 : Value(table, 0));
            Value(current, 1).Should().Be(aliceWon ? Value(table, 1) : 301);
            var history = (await (await a.GetAsync($"/api/tables/{table.Id()}/history")).Json()).AsArray();
            history.Where(e => e!["action"]!.GetValue<string>() == "edit").Select(e => e!["user"]!.GetValue<string>())
                .Should().Equal(aliceWon ? alice.UserName : bob.UserName);
            (await Factory.InDb(db => db.Indicators.CountAsync(i => i.TableId == table.Id()))).Should().Be(Samples.TemplateIndicators);
        }
    }

    [SkippableFact]
    public async Task Review_ApproveAndReturnAtOnce_ExactlyOneHappens()
    {
        var department = await Factory.DemoDepartment();
        var editor = await Factory.NewEditor(department);
        var first = await Factory.AddPerson(Role.DepartmentReviewer, department: department);
        var second = await Factory.AddPerson(Role.DepartmentReviewer, department: department);
        using var approver = await Factory.SignIn(first);
        using var returner = await Factory.SignIn(second);

        for (var round = 0; round < Rounds; round++)
        {
            var table = await Factory.TableIn("submitted", editor, first, await Factory.DemoPerson("finance"));

            var responses = await Task.WhenAll(
                approver.Post($"/api/tables/{table.Id}/approve"),
                returner.Post($"/api/tables/{table.Id}/return", new { comment = "同时退回" }));

            var ok = responses.Where(r => r.StatusCode == HttpStatusCode.OK).ToList();
            ok.Should().ContainSingle($"round {round}: {string.Join(", ", responses.Select(r => r.StatusCode))}");
            responses.Single(r => r.StatusCode != HttpStatusCode.OK).StatusCode.Should().BeOneOf(HttpStatusCode.Conflict, HttpStatusCode.Forbidden);
            var approved = responses[0].StatusCode == HttpStatusCode.OK;
            var current = await approver.GetTable(table.Id);
            current.State().Should().Be(approved ? "department-approved" : "returned");
            var actions = (await (await approver.GetAsync($"/api/tables/{table.Id}/history")).Json()).AsArray()
                .Select(e => e!["action"]!.GetValue<string>()).ToList();
            actions.Should().Equal("import", "submit", approved ? "approve" : "return");
        }
    }

    private static JsonObject Change(JsonObject table, string projectName, int indicator, decimal value)
    {
        var copy = table.DeepClone().AsObject();
        copy["projectName"] = projectName;
        copy["indicators"]![indicator]!["value"] = value;
        copy["indicators"]![indicator]!["valueText"] = null;
        return copy;
    }

    private static decimal Value(JsonObject table, int indicator) => table["indicators"]![indicator]!["value"]!.GetValue<decimal>();
}

public sealed class ConcurrencyTestsOnSqlite(SqliteFactory factory) : ConcurrencyTests(factory), IClassFixture<SqliteFactory>;

public sealed class ConcurrencyTestsOnPostgres(PostgresFactory factory) : ConcurrencyTests(factory), IClassFixture<PostgresFactory>;
