using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Jixiao.Web.Data;
using Jixiao.Web.Data.Entities;
using Jixiao.Web.Demo;
using Jixiao.Web.Tables;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests.Infrastructure;

/// <summary>
/// The web app in memory on a fresh database of its own, one per test class: SQLite or PostgreSQL, with the demo
/// region seeded at start (<c>demo</c>) or empty for tests that bring their own organisation and people. Time comes
/// from <see cref="Clock"/>. Helpers sign people in by cookie or by API token, and arrange data directly.
/// </summary>
public abstract class JixiaoFactory(TestDatabase database, bool demo) : WebApplicationFactory<Program>, IAsyncLifetime
{
    public TestDatabase Database { get; } = database;

    public bool Demo { get; } = demo;

    public TestClock Clock { get; } = new();

    /// <summary>Why the tests on this factory cannot run here, or null.</summary>
    public string? SkipReason => Database.SkipReason;

    Task IAsyncLifetime.InitializeAsync() => Database.Create();

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await Database.DisposeAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in Database.Settings) builder.UseSetting(key, value);
        builder.UseSetting("Jixiao:Demo", Demo ? "true" : "false");
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock));
    }

    // ---- people -------------------------------------------------------------------------------------------------

    /// <summary>A client with no credentials.</summary>
    public HttpClient Anonymous() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    /// <summary>Signs in through the login API; the client keeps the cookie.</summary>
    public async Task<HttpClient> SignIn(string userName, string password = DemoData.Password)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var response = await client.PostAsJsonAsync("/api/account/login", new { userName, password });
        response.StatusCode.Should().Be(HttpStatusCode.OK, $"{userName} should be able to sign in: {await response.Content.ReadAsStringAsync()}");
        return client;
    }

    public Task<HttpClient> SignIn(Person person) => SignIn(person.UserName, person.Password);

    /// <summary>Signs in, creates a personal API token, and returns a client that sends it as <c>Authorization: Bearer</c> (no cookie).</summary>
    public async Task<HttpClient> WithToken(string userName, string password = DemoData.Password)
    {
        using var browser = await SignIn(userName, password);
        var response = await browser.PostAsJsonAsync("/api/account/tokens", new { name = "integration tests" });
        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var token = (await response.Json())["token"]!.GetValue<string>();
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public Task<HttpClient> WithToken(Person person) => WithToken(person.UserName, person.Password);

    // ---- arranging data directly --------------------------------------------------------------------------------

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<Task<object>>> shared = new();

    /// <summary>Something a whole test class arranges once (an organisation, signed-in clients) and its cases share.</summary>
    public async Task<T> Once<T>(string key, Func<Task<T>> create) where T : class =>
        (T)await shared.GetOrAdd(key, _ => new Lazy<Task<object>>(async () => await create())).Value;

    public async Task<T> InDb<T>(Func<JixiaoDb, Task<T>> work)
    {
        using var scope = Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<JixiaoDb>());
    }

    public Task InDb(Func<JixiaoDb, Task> work) => InDb(async db =>
    {
        await work(db);
        return true;
    });

    /// <summary>Runs the app's own table service (import, workflow) to put data in place without going through HTTP.</summary>
    public async Task<T> WithService<T>(Func<TableService, Task<T>> work)
    {
        using var scope = Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<TableService>());
    }

    public Task<Region> AddRegion(string code, string name = "测试区") => InDb(async db =>
    {
        var region = new Region { Code = code, Name = name };
        db.Regions.Add(region);
        await db.SaveChangesAsync();
        return region;
    });

    public Task<Department> AddDepartment(string region = DemoData.RegionCode, string? name = null) => InDb(async db =>
    {
        var d = new Department { RegionCode = region, Name = name ?? "测试部门" + Short() };
        db.Departments.Add(d);
        await db.SaveChangesAsync();
        return d;
    });

    /// <summary>A new unit under the given department, or under the demo region's department.</summary>
    public Task<Unit> AddUnit(Department? department = null, string? name = null) => InDb(async db =>
    {
        var d = department ?? await DemoDepartment(db);
        var u = new Unit { RegionCode = d.RegionCode, DepartmentId = d.Id, Name = name ?? "测试单位" + Short() };
        db.Units.Add(u);
        await db.SaveChangesAsync();
        return u;
    });

    public Task<Person> AddPerson(Role role, Unit? unit = null, Department? department = null, string? region = null, string password = DemoData.Password) => InDb(async db =>
    {
        var user = new User
        {
            RegionCode = region ?? unit?.RegionCode ?? department?.RegionCode ?? DemoData.RegionCode,
            UserName = $"{role.ToString().ToLowerInvariant()}-{Short()}",
            DisplayName = $"测试 {role}",
            Role = role,
            UnitId = unit?.Id,
            DepartmentId = unit?.DepartmentId ?? department?.Id,
            CreatedAt = Clock.GetUtcNow().UtcDateTime,
        };
        user.PasswordHash = new PasswordHasher<User>().HashPassword(user, password);
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return new Person(user, password);
    });

    /// <summary>The editor of a new unit of its own (under the demo department unless given): tables it imports are its alone.</summary>
    public async Task<Person> NewEditor(Department? department = null) => await AddPerson(Role.UnitEditor, await AddUnit(department));

    /// <summary>The demo region's one department, which the demo reviewer "dept" reviews (demo factories only).</summary>
    public Task<Department> DemoDepartment() => InDb(DemoDepartment);

    private static Task<Department> DemoDepartment(JixiaoDb db) =>
        db.Departments.SingleAsync(d => d.RegionCode == DemoData.RegionCode && d.Name == "演示市信访系统");

    /// <summary>A demo account as a person (demo factories only).</summary>
    public Task<Person> DemoPerson(string userName) => InDb(async db => new Person(await db.Users.SingleAsync(u => u.UserName == userName), DemoData.Password));

    private static string Short() => Guid.NewGuid().ToString("N")[..10];
}
