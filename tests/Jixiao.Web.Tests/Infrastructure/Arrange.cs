using Jixiao.Web.Data.Entities;
using Jixiao.Web.Tables;

namespace Jixiao.Web.Tests.Infrastructure;

/// <summary>Puts a table in a given workflow state through the app's own service, for tests whose subject is what comes after.</summary>
public static class Arrange
{
    public static readonly string[] States = ["draft", "submitted", "returned", "department-approved", "finance-approved", "published"];

    /// <summary>
    /// Imports a one-table document as <paramref name="owner"/> and moves it to <paramref name="state"/>. The state
    /// "adjusting" is a published version 1 whose unit has opened and edited a draft version 2 (renamed "…（调整稿）"):
    /// the record returned is version 1.
    /// </summary>
    public static Task<TableRecord> TableIn(this JixiaoFactory factory, string state, Person owner, Person reviewer, Person finance, string? projectName = null) =>
        factory.WithService(async s =>
        {
            var ct = CancellationToken.None;
            var imported = await s.Import(owner.Caller, "arranged.txt", Samples.OneTable(projectName ?? Samples.UniqueName()), null, ct);
            var table = imported.Tables.Should().ContainSingle().Subject;
            async Task Step(Task<TableService.Outcome> action) => (await action).Ok.Should().BeTrue($"arranging a {state} table");
            if (state == "draft") return table;
            await Step(s.Submit(owner.Caller, table.Id, ct));
            if (state == "submitted") return table;
            if (state == "returned")
            {
                await Step(s.Return(reviewer.Caller, table.Id, "请补充说明。", ct));
                return table;
            }
            await Step(s.Approve(reviewer.Caller, table.Id, ct));
            if (state == "department-approved") return table;
            await Step(s.Approve(finance.Caller, table.Id, ct));
            if (state == "finance-approved") return table;
            await Step(s.Publish(finance.Caller, table.Id, ct));
            if (state == "published") return table;
            if (state == "adjusting")
            {
                var adjusted = await s.Adjust(owner.Caller, table.Id, "调整", ct);
                adjusted.Ok.Should().BeTrue();
                var v2 = adjusted.Table!;
                var draft = TableService.Model(v2) with { ProjectName = v2.ProjectName + "（调整稿）" };
                await Step(s.Edit(owner.Caller, v2.Id, v2.Revision, draft, ct));
                return table;
            }
            throw new ArgumentOutOfRangeException(nameof(state), state, "not a workflow state");
        });
}
