using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Jixiao.Web.Accounts;
using Jixiao.Web.Data.Entities;
using Jixiao.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Tests.Accounts;

/// <summary>Signing in (cookie) with lock-out after repeated wrong passwords, and personal API tokens: create, use, revoke.</summary>
public abstract class TokenTests(JixiaoFactory factory) : IntegrationTest(factory)
{
    private Task<Person> NewPerson() => Factory.NewEditor();

    private HttpClient Bearer(string token)
    {
        var client = Factory.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private async Task<HttpResponseMessage> Login(HttpClient client, string user, string password) =>
        await client.PostAsJsonAsync("/api/account/login", new { userName = user, password });

    [SkippableFact]
    public async Task Token_CreateUseRevoke()
    {
        var person = await NewPerson();
        using var browser = await Factory.SignIn(person);

        var created = await browser.PostAsJsonAsync("/api/account/tokens", new { name = "预算系统对接" });

        created.StatusCode.Should().Be(HttpStatusCode.Created);
        var body = await created.Object();
        var token = body["token"]!.GetValue<string>();
        token.Should().StartWith(TokenAuthentication.Prefix).And.HaveLength(51);
        body["note"]!.GetValue<string>().Should().Contain("只显示这一次");
        created.Headers.Location!.ToString().Should().Be($"/api/account/tokens/{body.Id()}");

        using var script = Bearer(token);
        var me = await script.GetAsync("/api/account/me");
        me.StatusCode.Should().Be(HttpStatusCode.OK);
        (await me.Object())["userName"]!.GetValue<string>().Should().Be(person.UserName);
        (await script.GetAsync("/api/tables")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await script.Upload(Samples.OneTable(Samples.UniqueName()), "by-token.txt")).StatusCode.Should().Be(HttpStatusCode.Created);

        var listed = (await (await browser.GetAsync("/api/account/tokens")).Json()).AsArray().Single();
        listed!["name"]!.GetValue<string>().Should().Be("预算系统对接");
        listed["prefix"]!.GetValue<string>().Should().Be(token[..8]);
        listed["lastUsedAt"].Should().NotBeNull();
        listed["revokedAt"].Should().BeNull();
        (await browser.GetStringAsync("/api/account/tokens")).Should().NotContain(token, "a token is shown once, when created");

        (await browser.DeleteAsync($"/api/account/tokens/{body.Id()}")).StatusCode.Should().Be(HttpStatusCode.NoContent);

        (await script.GetAsync("/api/account/me")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await script.GetAsync("/api/tables")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await (await browser.GetAsync("/api/account/tokens")).Json())[0]!["revokedAt"].Should().NotBeNull();
    }

    [SkippableFact]
    public async Task Token_RevokedElsewhere_StopsWorkingOnceItsCheckIsNoLongerFresh()
    {
        using var browser = await Factory.SignIn(await NewPerson());
        var body = await (await browser.PostAsJsonAsync("/api/account/tokens", new { name = "另一台服务器撤销" })).Object();
        using var script = Bearer(body["token"]!.GetValue<string>());
        (await script.GetAsync("/api/account/me")).StatusCode.Should().Be(HttpStatusCode.OK);

        // Revoked straight in the database, as another server of the same database would.
        var id = body.Id();
        await Factory.InDb(db => db.ApiTokens.Where(t => t.Id == id).ExecuteUpdateAsync(u => u.SetProperty(t => t.RevokedAt, DateTime.UtcNow)));

        (await script.GetAsync("/api/account/me")).StatusCode.Should().Be(HttpStatusCode.OK, "this server checked the token a moment ago");
        Factory.Clock.Advance(TokenCache.Fresh);
        (await script.GetAsync("/api/account/me")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [SkippableTheory]
    [InlineData("{}")]
    [InlineData("""{"name":"   "}""")]
    public async Task Token_WithoutName_Returns400(string body)
    {
        using var browser = await Factory.SignIn(await NewPerson());

        var response = await browser.PostAsync("/api/account/tokens", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [SkippableTheory]
    [InlineData("jx_0000000000000000000000000000000000000000000000000")]
    [InlineData("nonsense")]
    [InlineData("")]
    public async Task Token_Unknown_Returns401(string token)
    {
        using var script = Factory.Anonymous();
        script.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Bearer " + token);

        (await script.GetAsync("/api/account/me")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await script.GetAsync("/api/tables")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [SkippableFact]
    public async Task Token_OfAnotherUser_CannotBeListedOrRevoked()
    {
        using var owner = await Factory.SignIn(await NewPerson());
        var id = (await (await owner.PostAsJsonAsync("/api/account/tokens", new { name = "mine" })).Object()).Id();
        using var other = await Factory.SignIn(await NewPerson());

        (await other.DeleteAsync($"/api/account/tokens/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await (await other.GetAsync("/api/account/tokens")).Json()).AsArray().Should().BeEmpty();
        (await (await owner.GetAsync("/api/account/tokens")).Json())[0]!["revokedAt"].Should().BeNull();
    }

    [SkippableFact]
    public async Task Login_FiveWrongPasswords_LocksTheAccountFor15Minutes()
    {
        var person = await NewPerson();
        using var client = Factory.Anonymous();

        for (var i = 1; i < AccountsApi.MaxFailures; i++)
        {
            var wrong = await Login(client, person.UserName, "wrong" + i);
            wrong.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
            (await wrong.Object())["detail"]!.GetValue<string>().Should().Be("用户名或密码不正确。");
        }
        var fifth = await Login(client, person.UserName, "wrong5");
        fifth.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await fifth.Object())["detail"]!.GetValue<string>().Should().Contain("连续 5 次输错密码，账户已锁定 15 分钟");

        var right = await Login(client, person.UserName, person.Password);
        right.StatusCode.Should().Be(HttpStatusCode.Unauthorized, "even the right password waits out the lock");
        (await right.Object())["detail"]!.GetValue<string>().Should().Contain("账户已锁定");

        Factory.Clock.Advance(TimeSpan.FromMinutes(16));
        (await Login(client, person.UserName, person.Password)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [SkippableFact]
    public async Task Login_SuccessResetsTheFailureCount()
    {
        var person = await NewPerson();
        using var client = Factory.Anonymous();

        for (var i = 0; i < AccountsApi.MaxFailures - 1; i++) await Login(client, person.UserName, "wrong");
        (await Login(client, person.UserName, person.Password)).StatusCode.Should().Be(HttpStatusCode.OK);
        for (var i = 0; i < AccountsApi.MaxFailures - 1; i++) await Login(client, person.UserName, "wrong");

        (await Login(client, person.UserName, person.Password)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [SkippableFact]
    public async Task Login_UnknownUser_Returns401WithTheSameMessage()
    {
        using var client = Factory.Anonymous();

        var response = await Login(client, "nobody-" + Guid.NewGuid().ToString("N")[..6], "x");

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await response.Object())["detail"]!.GetValue<string>().Should().Be("用户名或密码不正确。");
    }

    [SkippableFact]
    public async Task Cookie_SignInMeLogout()
    {
        var person = await NewPerson();
        using var browser = await Factory.SignIn(person);

        var me = await (await browser.GetAsync("/api/account/me")).Object();
        me["role"]!.GetValue<string>().Should().Be(nameof(Role.UnitEditor));
        me["unitId"]!.GetValue<Guid>().Should().Be(person.User.UnitId!.Value);
        (await browser.Post("/api/account/logout")).StatusCode.Should().Be(HttpStatusCode.NoContent);

        (await browser.GetAsync("/api/account/me")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }
}

public sealed class TokenTestsOnSqlite(SqliteFactory factory) : TokenTests(factory), IClassFixture<SqliteFactory>;

public sealed class TokenTestsOnPostgres(PostgresFactory factory) : TokenTests(factory), IClassFixture<PostgresFactory>;
