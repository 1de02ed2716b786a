using System.Text.Json.Nodes;
using Jixiao.Web.Tables;
using Jixiao.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Tests.Tables;

/// <summary>A table's review is stored with it and served on reading while the rules are the same; under other rules it is made again.</summary>
public abstract class StoredReviewTests(JixiaoFactory factory) : IntegrationTest(factory)
{
    [SkippableFact]
    public async Task Get_ReviewStoredUnderTheseRules_IsServedAsStored_AndUnderOtherRulesIsMadeAgain()
    {
        var editor = await Factory.NewEditor();
        var record = await Factory.TableIn("draft", editor, await Factory.DemoPerson("dept"), await Factory.DemoPerson("finance"));
        using var client = await Factory.SignIn(editor);
        var fresh = await client.GetTable(record.Id);
        var stored = await Factory.InDb(db => db.Tables.Where(t => t.Id == record.Id).Select(t => t.ReviewJson).SingleAsync());
        stored.Should().NotBeNull("every write stores the review");
        var codes = fresh["diagnostics"]!.AsArray().Select(d => d!["code"]!.GetValue<string>()).ToList();
        JsonNode.Parse(stored!)!["diagnostics"]!.AsArray().Select(d => d!["code"]!.GetValue<string>()).Should().Equal(codes);

        // A stored review that says something the checks would not: served as stored, so reading did not re-run them.
        var marked = JsonNode.Parse(stored!)!.AsObject();
        marked["diagnostics"]!.AsArray().Add(new JsonObject { ["code"] = "JX999", ["severity"] = "info", ["message"] = "存储的审核结果" });
        await SetReview(record.Id, marked.ToJsonString());
        (await client.GetTable(record.Id))["diagnostics"]!.AsArray().Select(d => d!["code"]!.GetValue<string>()).Should().Contain("JX999");

        // The same under another stamp (another profile or release): reviewed again, the stored one ignored.
        marked["stamp"] = "older-rules";
        await SetReview(record.Id, marked.ToJsonString());
        (await client.GetTable(record.Id))["diagnostics"]!.AsArray().Select(d => d!["code"]!.GetValue<string>()).Should().Equal(codes);

        // Unreadable or missing: reviewed again too.
        foreach (var broken in new[] { "{", null })
        {
            await SetReview(record.Id, broken);
            (await client.GetTable(record.Id))["diagnostics"]!.AsArray().Select(d => d!["code"]!.GetValue<string>()).Should().Equal(codes);
        }
    }

    private Task SetReview(Guid id, string? json) =>
        Factory.InDb(db => db.Tables.Where(t => t.Id == id).ExecuteUpdateAsync(u => u.SetProperty(t => t.ReviewJson, json)));

    [SkippableFact]
    public void Stamp_DependsOnTheProfileText()
    {
        ReviewStamp.Of("a").Should().Be(ReviewStamp.Of("a"));
        ReviewStamp.Of("a").Should().NotBe(ReviewStamp.Of("b"));
        ReviewStamp.National.Should().NotBe(ReviewStamp.Of("custom: true"));
    }
}

public sealed class StoredReviewTestsOnSqlite(SqliteFactory factory) : StoredReviewTests(factory), IClassFixture<SqliteFactory>;

public sealed class StoredReviewTestsOnPostgres(PostgresFactory factory) : StoredReviewTests(factory), IClassFixture<PostgresFactory>;
