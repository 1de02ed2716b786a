using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Jixiao.Web.Accounts;
using Jixiao.Web.Data.Entities;
using Jixiao.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests;

/// <summary>
/// Every endpoint × every role × own unit / other unit / other department / other region / anonymous → the expected
/// status, as one table of cases (DOMAIN.md §9). The table under test always belongs to unit A1 of department A in
/// region R. After every call the response body is searched for the drafts every other unit keeps: none may appear.
/// </summary>
public abstract class AuthorizationMatrixTests(JixiaoFactory factory) : IntegrationTest(factory)
{
    /// <summary>The callers, in the order of the columns below.</summary>
    public static readonly string[] Callers =
    [
        "anonymous",
        "own-editor",            // an editor of unit A1, which owns the table
        "sibling-editor",        // an editor of unit A2: same department, other unit
        "other-dept-editor",     // an editor of unit B1 in department B
        "dept-reviewer",         // the reviewer of department A
        "other-dept-reviewer",   // the reviewer of department B
        "finance",               // the finance reviewer of region R
        "admin",                 // the administrator of region R
        "other-region-finance",  // the finance reviewer of region R2
    ];

    private const string Any = "-";

    /// <summary>The matrix: endpoint, the state of the table it is called on, then the expected status for each caller.</summary>
    private static readonly (string Endpoint, string State, int[] Expected)[] Matrix =
    [
        //                                                     anon own  sib  oDpE dept oDpR fin  adm  oReg
        ("GET /api/account/me",                      Any,     [401, 200, 200, 200, 200, 200, 200, 200, 200]),
        ("GET /api/account/tokens",                  Any,     [401, 200, 200, 200, 200, 200, 200, 200, 200]),
        ("POST /api/account/tokens",                 Any,     [401, 201, 201, 201, 201, 201, 201, 201, 201]),
        ("DELETE /api/account/tokens/{mine}",        Any,     [401, 204, 204, 204, 204, 204, 204, 204, 204]),
        ("DELETE /api/account/tokens/{someone's}",   Any,     [401, 404, 404, 404, 404, 404, 404, 404, 404]),
        ("POST /api/account/logout",                 Any,     [204, 204, 204, 204, 204, 204, 204, 204, 204]),
        ("GET /api/tables",                          Any,     [401, 200, 200, 200, 200, 200, 200, 200, 200]),
        ("POST /api/documents",                      Any,     [401, 201, 201, 201, 403, 403, 403, 403, 403]),
        ("GET /api/public/tables",                   Any,     [200, 200, 200, 200, 200, 200, 200, 200, 200]),
        ("GET /api/tables/export/{format}",          Any,     [401, 200, 200, 200, 200, 200, 200, 200, 200]),
        ("GET /api/public/tables/export/{format}",   Any,     [200, 200, 200, 200, 200, 200, 200, 200, 200]),
        ("GET /api/org",                             Any,     [401, 200, 200, 200, 200, 200, 200, 200, 200]),
        ("POST /api/admin/departments",              Any,     [401, 403, 403, 403, 403, 403, 403, 201, 403]),
        ("POST /api/admin/units",                    Any,     [401, 403, 403, 403, 403, 403, 403, 201, 403]),
        ("GET /api/admin/users",                     Any,     [401, 403, 403, 403, 403, 403, 403, 200, 403]),
        ("POST /api/admin/users",                    Any,     [401, 403, 403, 403, 403, 403, 403, 201, 403]),

        ("GET /api/tables/{id}",                     "draft",     [401, 200, 404, 404, 404, 404, 404, 404, 404]),
        ("GET /api/tables/{id}",                     "submitted", [401, 200, 404, 404, 200, 404, 200, 200, 404]),
        ("GET /api/tables/{id}",                     "published", [401, 200, 404, 404, 200, 404, 200, 200, 404]),
        ("GET /api/tables/{id}/versions",            "draft",     [401, 200, 404, 404, 404, 404, 404, 404, 404]),
        ("GET /api/tables/{id}/versions",            "submitted", [401, 200, 404, 404, 200, 404, 200, 200, 404]),
        ("GET /api/tables/{id}/versions",            "published", [401, 200, 404, 404, 200, 404, 200, 200, 404]),
        ("GET /api/tables/{id}/history",             "draft",     [401, 200, 404, 404, 404, 404, 404, 404, 404]),
        ("GET /api/tables/{id}/history",             "submitted", [401, 200, 404, 404, 200, 404, 200, 200, 404]),
        ("GET /api/tables/{id}/history",             "published", [401, 200, 404, 404, 200, 404, 200, 200, 404]),
        ("GET /api/tables/{id}",                     "adjusting", [401, 200, 404, 404, 200, 404, 200, 200, 404]),
        ("GET /api/tables/{id}/versions",            "adjusting", [401, 200, 404, 404, 200, 404, 200, 200, 404]),
        ("GET /api/tables/{id}/history",             "adjusting", [401, 200, 404, 404, 200, 404, 200, 200, 404]),
        ("GET /api/tables/{id}/export/{format}",     "adjusting", [401, 200, 404, 404, 200, 404, 200, 200, 404]),
        ("GET /api/public/tables/{id}",              "adjusting", [200, 200, 200, 200, 200, 200, 200, 200, 200]),
        ("GET /api/tables/{id}/entries",             "draft",     [401, 200, 404, 404, 404, 404, 404, 404, 404]),
        ("GET /api/tables/{id}/entries",             "submitted", [401, 200, 404, 404, 200, 404, 200, 200, 404]),
        ("GET /api/tables/{id}/entries",             "published", [401, 200, 404, 404, 200, 404, 200, 200, 404]),
        ("GET /api/tables/{id}/entries/template",    "draft",     [401, 200, 404, 404, 404, 404, 404, 404, 404]),
        ("GET /api/tables/{id}/entries/template",    "submitted", [401, 200, 404, 404, 200, 404, 200, 200, 404]),
        ("GET /api/tables/{id}/entries/template",    "published", [401, 200, 404, 404, 200, 404, 200, 200, 404]),

        ("GET /api/tables/{id}/export/{format}",     "draft",     [401, 200, 404, 404, 404, 404, 404, 404, 404]),
        ("GET /api/tables/{id}/export/{format}",     "submitted", [401, 200, 404, 404, 200, 404, 200, 200, 404]),
        ("GET /api/tables/{id}/export/{format}",     "published", [401, 200, 404, 404, 200, 404, 200, 200, 404]),

        ("PUT /api/tables/{id}",                     "draft",     [401, 200, 404, 404, 404, 404, 404, 404, 404]),
        ("PUT /api/tables/{id}",                     "returned",  [401, 200, 404, 404, 403, 404, 403, 403, 404]),
        ("PUT /api/tables/{id}",                     "submitted", [401, 403, 404, 404, 403, 404, 403, 403, 404]),
        ("PUT /api/tables/{id}",                     "published", [401, 403, 404, 404, 403, 404, 403, 403, 404]),

        ("POST /api/tables/{id}/submit",             "draft",     [401, 200, 404, 404, 404, 404, 404, 404, 404]),
        ("POST /api/tables/{id}/submit",             "returned",  [401, 200, 404, 404, 403, 404, 403, 403, 404]),
        ("POST /api/tables/{id}/submit",             "submitted", [401, 403, 404, 404, 403, 404, 403, 403, 404]),
        ("POST /api/tables/{id}/approve",            "draft",     [401, 403, 404, 404, 404, 404, 404, 404, 404]),
        ("POST /api/tables/{id}/approve",            "submitted", [401, 403, 404, 404, 200, 404, 403, 403, 404]),
        ("POST /api/tables/{id}/approve",            "department-approved", [401, 403, 404, 404, 403, 404, 200, 403, 404]),
        ("POST /api/tables/{id}/approve",            "finance-approved",    [401, 403, 404, 404, 403, 404, 403, 403, 404]),
        ("POST /api/tables/{id}/return",             "draft",     [401, 403, 404, 404, 404, 404, 404, 404, 404]),
        ("POST /api/tables/{id}/return",             "submitted", [401, 403, 404, 404, 200, 404, 403, 403, 404]),
        ("POST /api/tables/{id}/return",             "department-approved", [401, 403, 404, 404, 403, 404, 200, 403, 404]),
        ("POST /api/tables/{id}/publish",            "department-approved", [401, 403, 404, 404, 403, 404, 403, 403, 404]),
        ("POST /api/tables/{id}/publish",            "finance-approved",    [401, 200, 404, 404, 403, 404, 200, 403, 404]),
        ("POST /api/tables/{id}/adjust",             "draft",     [401, 403, 404, 404, 404, 404, 404, 404, 404]),
        ("POST /api/tables/{id}/adjust",             "finance-approved",    [401, 201, 404, 404, 403, 404, 403, 403, 404]),
        ("POST /api/tables/{id}/adjust",             "published", [401, 201, 404, 404, 403, 404, 403, 403, 404]),

        ("POST /api/tables/{id}/monitoring",         "draft",     [401, 409, 404, 404, 404, 404, 404, 404, 404]),
        ("POST /api/tables/{id}/monitoring",         "submitted", [401, 409, 404, 404, 403, 404, 403, 403, 404]),
        ("POST /api/tables/{id}/monitoring",         "finance-approved",    [401, 200, 404, 404, 403, 404, 403, 403, 404]),
        ("POST /api/tables/{id}/monitoring",         "published", [401, 200, 404, 404, 403, 404, 403, 403, 404]),
        ("POST /api/tables/{id}/self-evaluation",    "draft",     [401, 409, 404, 404, 404, 404, 404, 404, 404]),
        ("POST /api/tables/{id}/self-evaluation",    "submitted", [401, 409, 404, 404, 403, 404, 403, 403, 404]),
        ("POST /api/tables/{id}/self-evaluation",    "finance-approved",    [401, 200, 404, 404, 403, 404, 403, 403, 404]),
        ("POST /api/tables/{id}/self-evaluation",    "published", [401, 200, 404, 404, 403, 404, 403, 403, 404]),

        ("GET /api/public/tables/{id}",              "draft",     [404, 404, 404, 404, 404, 404, 404, 404, 404]),
        ("GET /api/public/tables/{id}",              "finance-approved",    [404, 404, 404, 404, 404, 404, 404, 404, 404]),
        ("GET /api/public/tables/{id}",              "published", [200, 200, 200, 200, 200, 200, 200, 200, 200]),
        ("GET /api/public/tables/{id}/export/{format}", "draft",            [404, 404, 404, 404, 404, 404, 404, 404, 404]),
        ("GET /api/public/tables/{id}/export/{format}", "finance-approved", [404, 404, 404, 404, 404, 404, 404, 404, 404]),
        ("GET /api/public/tables/{id}/export/{format}", "published",        [200, 200, 200, 200, 200, 200, 200, 200, 200]),
    ];

    public static TheoryData<string, string, string, int> Cases()
    {
        var data = new TheoryData<string, string, string, int>();
        foreach (var (endpoint, state, expected) in Matrix)
            for (var k = 0; k < Callers.Length; k++) data.Add(endpoint, state, Callers[k], expected[k]);
        return data;
    }

    [SkippableFact]
    public void Matrix_CoversEveryEndpointTheAppMaps()
    {
        var mapped = Factory.Services.GetRequiredService<Microsoft.AspNetCore.Routing.EndpointDataSource>().Endpoints
            .OfType<Microsoft.AspNetCore.Routing.RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.IHttpMethodMetadata>()?.HttpMethods ?? []).Select(m => $"{m} {Normalise(e.RoutePattern.RawText!)}"))
            .Where(e => e != "POST /api/account/login")   // signing in is TokenTests' subject: anyone may try
            .ToHashSet();
        var covered = Matrix.Select(r => Normalise(r.Endpoint)).ToHashSet();

        mapped.Except(covered).Should().BeEmpty("every endpoint belongs in the matrix");
    }

    private static string Normalise(string endpoint) =>
        System.Text.RegularExpressions.Regex.Replace(endpoint.TrimEnd('/'), @"\{[^}]*\}", "{}");

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public async Task Call_ReturnsTheExpectedStatus_AndLeaksNoOtherUnitsDraft(string endpoint, string state, string caller, int expected)
    {
        var world = await Factory.Once("world", () => World.Create(Factory));
        var mutating = !endpoint.StartsWith("GET ", StringComparison.Ordinal);
        TableRecord? table = null;
        if (state != Any)
        {
            // A call that should change the table gets a table of its own; the others share one per state, and must leave it unchanged.
            table = mutating && expected is >= 200 and < 300
                ? await Factory.TableIn(state, world.Owner, world.Reviewer, world.Finance)
                : await Factory.Once("table:" + state, () => Factory.TableIn(state, world.Owner, world.Reviewer, world.Finance));
        }
        var before = table is null ? default : await Trace(table.Id);

        using var response = await Call(world, endpoint, table, caller);

        var body = await response.Content.ReadAsStringAsync();
        ((int)response.StatusCode).Should().Be(expected, $"{caller} calling {endpoint} on a {state} table: {body}");
        var readable = Readable(body);
        foreach (var secret in world.Secrets.Where(s => s.Unit != world.UnitOf(caller)))
        {
            NoLeak(readable, secret.Id.ToString(), $"{caller} must not see another unit's draft (its id)");
            NoLeak(readable, secret.Name, $"{caller} must not see another unit's draft (its name)");
        }
        if (endpoint is "GET /api/tables" or "GET /api/tables/export/{format}" && world.UnitOf(caller) is { } unit)
            readable.Should().Contain(world.Secrets.First(s => s.Unit == unit).Name, "the same search finds the caller's own draft, so it would find a leak");
        if (table is not null && state == "draft" && caller != "own-editor")
            NoLeak(readable, table.ProjectName!, $"{caller} must not see unit A1's draft");
        if (table is not null && state == "adjusting" && caller != "own-editor")
        {
            var v2 = await Factory.InDb(db => db.Tables.SingleAsync(t => t.Lineage == table.Lineage && t.Version == 2));
            NoLeak(readable, v2.Id.ToString(), $"{caller} must not see unit A1's draft of version 2 (its id)");
            NoLeak(readable, v2.ProjectName!, $"{caller} must not see unit A1's draft of version 2 (its name)");
        }
        if (table is not null && mutating && expected >= 400)
            (await Trace(table.Id)).Should().Be(before, "a refused call changes nothing");
    }

    /// <summary>What any change to a table leaves behind: its revision, its audit events, its entries.</summary>
    private Task<(int Revision, int Events, int Entries)> Trace(Guid id) => Factory.InDb(async db => (
        (await db.Tables.SingleAsync(t => t.Id == id)).Revision,
        await db.AuditEvents.CountAsync(e => e.TableId == id),
        await db.Entries.CountAsync(e => e.TableId == id)));

    private async Task<HttpResponseMessage> Call(World world, string endpoint, TableRecord? table, string caller)
    {
        var client = world.Clients[caller];
        var id = table?.Id ?? Guid.Empty;
        switch (endpoint)
        {
            case "GET /api/tables":
                return await client.GetAsync("/api/tables?pageSize=100");
            case "POST /api/account/tokens":
                return await client.Post("/api/account/tokens", new { name = "matrix" });
            case "DELETE /api/account/tokens/{mine}":
                return await client.DeleteAsync($"/api/account/tokens/{(caller == "anonymous" ? Guid.NewGuid() : await NewToken(world.People[caller]))}");
            case "DELETE /api/account/tokens/{someone's}":
                return await client.DeleteAsync($"/api/account/tokens/{world.SomeoneElsesToken}");
            case "POST /api/account/logout":
                return await client.Post("/api/account/logout");
            case "POST /api/documents":
                return await client.Upload(Samples.OneTable(Samples.UniqueName("矩阵上传")), "matrix.txt");
            case "PUT /api/tables/{id}":
                var model = JsonNode.Parse(table!.ModelJson)!.AsObject();
                var revision = await Factory.InDb(async db => (await db.Tables.SingleAsync(t => t.Id == id)).Revision);
                return await client.Edit(id, revision, model);
            case "POST /api/tables/{id}/return":
            case "POST /api/tables/{id}/adjust":
                return await client.Post(endpoint[5..].Replace("{id}", id.ToString(), StringComparison.Ordinal), new { comment = "矩阵测试意见" });
            case "POST /api/admin/departments":
                return await client.Post("/api/admin/departments", new { name = Samples.UniqueName("新部门") });
            case "POST /api/admin/units":
                return await client.Post("/api/admin/units", new { departmentId = world.People["dept-reviewer"].User.DepartmentId, name = Samples.UniqueName("新单位") });
            case "POST /api/admin/users":
                return await client.Post("/api/admin/users", new
                {
                    userName = Samples.UniqueName("new-user-"), displayName = "新用户", password = "long-enough-password", role = nameof(Role.UnitEditor),
                    unitId = world.Units["A2"],
                });
            case "POST /api/tables/{id}/monitoring":
                return await client.PostCsv($"/api/tables/{id}/monitoring?month=7", "table,indicator,actual\n");
            case "POST /api/tables/{id}/self-evaluation":
                return await client.PostCsv($"/api/tables/{id}/self-evaluation", "table,indicator,actual\n");
        }
        // Downloads are asked for as open-data JSON: text, so that the leak check can read them.
        var (method, path) = (endpoint.Split(' ')[0], endpoint.Split(' ')[1].Replace("{id}", id.ToString(), StringComparison.Ordinal).Replace("{format}", "json", StringComparison.Ordinal));
        return await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
    }

    private Task<Guid> NewToken(Person person) => Factory.InDb(async db =>
    {
        var token = TokenAuthentication.NewToken();
        var record = new ApiToken
        {
            RegionCode = person.User.RegionCode, UserId = person.User.Id, Name = "to delete", Hash = TokenAuthentication.Hash(token),
            Prefix = token[..8], CreatedAt = DateTime.UtcNow,
        };
        db.ApiTokens.Add(record);
        await db.SaveChangesAsync();
        return record.Id;
    });

    private static void NoLeak(string readable, string secret, string because)
    {
        var at = readable.IndexOf(secret, StringComparison.Ordinal);
        if (at >= 0) Assert.Fail($"{because}: “{secret}” found in …{readable[Math.Max(0, at - 150)..Math.Min(readable.Length, at + 150)]}…");
    }

    /// <summary>
    /// Every text in the body with JSON escapes undone, so that a name written as \u4FE1… is still found — also inside
    /// strings that hold JSON themselves (the audit trail's before and after).
    /// </summary>
    private static string Readable(string body)
    {
        var texts = new List<string>();
        void Walk(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject o:
                    foreach (var (key, value) in o)
                    {
                        texts.Add(key);
                        Walk(value);
                    }
                    break;
                case JsonArray a:
                    foreach (var item in a) Walk(item);
                    break;
                case JsonValue v when v.TryGetValue<string>(out var text):
                    texts.Add(text);
                    if (text.TrimStart().StartsWith('{') || text.TrimStart().StartsWith('[')) Walk(TryParse(text));
                    break;
                case JsonValue v:
                    texts.Add(v.ToJsonString());
                    break;
            }
        }
        var parsed = TryParse(body);
        if (parsed is null) return body;
        Walk(parsed);
        return string.Join("\n", texts);
    }

    private static JsonNode? TryParse(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Region R with departments A (units A1, A2) and B (unit B1), region R2 with unit C1; a person per caller; a secret draft in every unit.</summary>
    private sealed class World
    {
        public required Dictionary<string, Person> People { get; init; }
        public required Dictionary<string, HttpClient> Clients { get; init; }
        public required Dictionary<string, Guid> Units { get; init; }
        public required List<(Guid Unit, Guid Id, string Name)> Secrets { get; init; }
        public required Guid SomeoneElsesToken { get; init; }
        public Person Owner => People["own-editor"];
        public Person Reviewer => People["dept-reviewer"];
        public Person Finance => People["finance"];

        public Guid? UnitOf(string caller) => People.TryGetValue(caller, out var p) ? p.User.UnitId : null;

        public static async Task<World> Create(JixiaoFactory f)
        {
            await f.AddRegion("100001", "甲市");
            await f.AddRegion("200002", "乙市");
            var a = await f.AddDepartment("100001", "甲市A局");
            var b = await f.AddDepartment("100001", "甲市B局");
            var c = await f.AddDepartment("200002", "乙市C局");
            var units = new Dictionary<string, Unit>
            {
                ["A1"] = await f.AddUnit(a, "A1单位"), ["A2"] = await f.AddUnit(a, "A2单位"),
                ["B1"] = await f.AddUnit(b, "B1单位"), ["C1"] = await f.AddUnit(c, "C1单位"),
            };
            var people = new Dictionary<string, Person>
            {
                ["own-editor"] = await f.AddPerson(Role.UnitEditor, units["A1"]),
                ["sibling-editor"] = await f.AddPerson(Role.UnitEditor, units["A2"]),
                ["other-dept-editor"] = await f.AddPerson(Role.UnitEditor, units["B1"]),
                ["dept-reviewer"] = await f.AddPerson(Role.DepartmentReviewer, department: a),
                ["other-dept-reviewer"] = await f.AddPerson(Role.DepartmentReviewer, department: b),
                ["finance"] = await f.AddPerson(Role.FinanceReviewer, region: "100001"),
                ["admin"] = await f.AddPerson(Role.Administrator, region: "100001"),
                ["other-region-finance"] = await f.AddPerson(Role.FinanceReviewer, region: "200002"),
            };
            var clients = new Dictionary<string, HttpClient> { ["anonymous"] = f.Anonymous() };
            foreach (var (name, person) in people) clients[name] = await f.WithToken(person);
            // Drafts that stay drafts, one per unit (and a unit A1's draft of a version 2), and someone's token that
            // nobody else may revoke.
            var secrets = new List<(Guid, Guid, string)>();
            foreach (var (name, unit) in units)
            {
                var editor = name == "A1" ? people["own-editor"] : await f.AddPerson(Role.UnitEditor, unit);
                var draft = await f.TableIn("draft", editor, people["dept-reviewer"], people["finance"], Samples.UniqueName($"{name}机密草稿"));
                secrets.Add((unit.Id, draft.Id, draft.ProjectName!));
            }
            var v1 = await f.TableIn("adjusting", people["own-editor"], people["dept-reviewer"], people["finance"], Samples.UniqueName("A1机密调整"));
            var v2 = await f.InDb(db => db.Tables.SingleAsync(t => t.Lineage == v1.Lineage && t.Version == 2));
            secrets.Add((units["A1"].Id, v2.Id, v2.ProjectName!));
            var bystander = await f.AddPerson(Role.UnitEditor, units["A2"]);
            using var browser = await f.SignIn(bystander);
            var token = (await (await browser.Post("/api/account/tokens", new { name = "bystander" })).Object()).Id();
            return new World
            {
                People = people, Clients = clients, Units = units.ToDictionary(p => p.Key, p => p.Value.Id), Secrets = secrets, SomeoneElsesToken = token,
            };
        }
    }
}

public sealed class AuthorizationMatrixTestsOnSqlite(EmptySqliteFactory factory) : AuthorizationMatrixTests(factory), IClassFixture<EmptySqliteFactory>;

public sealed class AuthorizationMatrixTestsOnPostgres(EmptyPostgresFactory factory) : AuthorizationMatrixTests(factory), IClassFixture<EmptyPostgresFactory>;
