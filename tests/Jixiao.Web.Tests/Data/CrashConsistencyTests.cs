using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Jixiao.Web.Data.Entities;
using Jixiao.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Jixiao.Web.Tests.Data;

/// <summary>
/// Killing the server in the middle of an import leaves the database consistent: an import is one transaction, so
/// every stored document has all its tables and indicators, and nothing exists without its document. The server runs
/// as a real process, is killed (SIGKILL) while an import transaction is writing, and is started again on the same data.
/// </summary>
public abstract class CrashConsistencyTests
{
    // One kill and restart, then a final restart; raise to kill a recovered server again.
    private const int Cycles = 1;
    private const int UploadsInFlight = 3;
    private const int MaxUploadsPerCycle = 20;
    private const int TablesPerUpload = 60;
    private const string Password = "crash-test-2026";

    private readonly TestDatabase database;
    private readonly ITestOutputHelper log;

    protected CrashConsistencyTests(TestDatabase database, ITestOutputHelper log)
    {
        Skip.If(database.SkipReason is not null, database.SkipReason);
        this.database = database;
        this.log = log;
    }

    [SkippableFact]
    public async Task Kill_WhileImportsAreWriting_LeavesEveryDocumentWholeOrAbsent()
    {
        var clock = Stopwatch.StartNew();
        var userName = await SeedEditor();
        var answered = new List<Guid>();
        var cutOff = new List<string>();
        var started = 0;

        for (var cycle = 1; cycle <= Cycles; cycle++)
        {
            var t0 = clock.Elapsed;
            await using var server = await ServerProcess.Start(database);
            using var client = await server.SignIn(userName, Password);
            var t1 = clock.Elapsed;

            // Uploads keep coming, a few at a time, until the kill: whatever the machine's speed, one is writing when it lands.
            var acknowledged = 0;
            using var stop = new CancellationTokenSource();
            var uploads = new List<Task<Guid?>>();
            var pump = Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested && uploads.Count < MaxUploadsPerCycle)
                {
                    var running = uploads.Where(u => !u.IsCompleted).ToList();
                    if (running.Count >= UploadsInFlight)
                    {
                        await Task.WhenAny(running.Append(Task.Delay(50)));
                        continue;
                    }
                    var name = $"crash-{cycle}-{uploads.Count + 1}";
                    uploads.Add(Task.Run(async () =>
                    {
                        var id = await Upload(client, Samples.ManyTables(TablesPerUpload, name), name + ".txt");
                        if (id is not null) Interlocked.Increment(ref acknowledged);
                        return id;
                    }));
                }
            });
            // The kill: once an upload has been answered, at the first moment the database shows an import transaction writing.
            IReadOnlyList<string> writers = [];
            var deadline = clock.Elapsed + TimeSpan.FromSeconds(30);
            while (clock.Elapsed < deadline && !pump.IsFaulted)
            {
                if (Volatile.Read(ref acknowledged) > 0 && (writers = await database.OpenWriters()).Count > 0)
                {
                    server.Kill();
                    break;
                }
                await Task.Delay(5);
            }
            var t2 = clock.Elapsed;
            await stop.CancelAsync();
            await pump;
            writers.Should().NotBeEmpty($"the server should have been killed while an import was writing:\n{server.Output}");
            var results = await Task.WhenAll(uploads);
            await server.Exited();
            log.WriteLine($"cycle {cycle}: server up in {(t1 - t0).TotalSeconds:0.0} s, killed {(t2 - t1).TotalSeconds:0.0} s later " +
                          $"while {writers.Count} import transaction(s) were writing ({string.Join(", ", writers)}); " +
                          $"{results.Count(r => r is not null)} of {uploads.Count} uploads had been answered 201");
            answered.AddRange(results.OfType<Guid>());
            cutOff.AddRange(writers);
            started += uploads.Count;

            await AssertConsistent(answered, started);
        }

        // The server starts again on the same data, still works, and shows what was stored.
        await using (var server = await ServerProcess.Start(database))
        {
            using var client = await server.SignIn(userName, Password);
            (await Upload(client, Samples.OneTable("重启后上传"), "after.txt")).Should().NotBeNull();
            var listed = await (await client.GetAsync("/api/tables?pageSize=1")).Object();
            var stored = await Count(db => db.Tables.CountAsync());
            listed["total"]!.GetValue<int>().Should().Be(stored);
        }
        var documents = await Count(db => db.Documents.CountAsync()) - 1;
        var outcomes = new List<string?>();
        foreach (var w in cutOff) outcomes.Add(await database.Outcome(w));
        log.WriteLine($"{started} large uploads: {documents} stored whole, the rest absent; " +
                      $"the transactions writing at the kill: {string.Join(", ", outcomes.Select(o => o ?? "(SQLite keeps no record)"))}; {clock.Elapsed.TotalSeconds:0.0} s");
        documents.Should().BeLessThan(started, "an import was cut off");
        if (outcomes.Any(o => o is not null)) outcomes.Should().Contain("aborted", "the server's database rolled back the import that was writing");
        await AssertConsistent(answered, started + 1);
    }

    /// <summary>The invariants: whole documents only, nothing without its document, every acknowledged upload kept.</summary>
    private async Task AssertConsistent(List<Guid> answered, int started)
    {
        await using var db = database.Open();
        var documents = await db.Documents.ToListAsync();
        var tables = await db.Tables.ToListAsync();
        var indicators = await db.Indicators.GroupBy(i => i.TableId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        var imports = await db.AuditEvents.Where(e => e.Action == "import").Select(e => e.TableId).ToListAsync();

        documents.Count.Should().BeLessThanOrEqualTo(started);
        answered.Should().BeSubsetOf(documents.Select(d => d.Id), "an upload answered 201 was committed");
        foreach (var d in documents)
            tables.Count(t => t.DocumentId == d.Id).Should().Be(d.TableCount, $"document {d.FileName} has all its tables");
        tables.Select(t => t.DocumentId).Should().OnlyContain(id => documents.Any(d => d.Id == id), "no table without its document");
        foreach (var t in tables)
        {
            var expected = JsonNode.Parse(t.ModelJson)!["indicators"]!.AsArray().Count;
            indicators.GetValueOrDefault(t.Id).Should().Be(expected, $"table {t.ProjectName} has all its indicators");
        }
        indicators.Keys.Should().OnlyContain(id => tables.Any(t => t.Id == id), "no indicator without its table");
        imports.Should().BeEquivalentTo(tables.Select(t => (Guid?)t.Id), "one import record per table, none for tables that were not stored");
    }

    /// <summary>The schema, a region, a department, a unit and its editor, written before the server first starts.</summary>
    private async Task<string> SeedEditor()
    {
        await using var db = database.Open();
        await Jixiao.Web.Data.Database.Migrate(db);
        var department = new Department { RegionCode = "300003", Name = "崩溃测试局" };
        var unit = new Unit { RegionCode = "300003", DepartmentId = department.Id, Name = "崩溃测试单位" };
        var user = new User
        {
            RegionCode = "300003", UserName = "crash-editor", DisplayName = "崩溃测试 填报员", Role = Role.UnitEditor, UnitId = unit.Id,
            DepartmentId = department.Id, CreatedAt = DateTime.UtcNow,
        };
        user.PasswordHash = new PasswordHasher<User>().HashPassword(user, Password);
        db.Regions.Add(new Region { Code = "300003", Name = "崩溃测试市" });
        db.Departments.Add(department);
        db.Units.Add(unit);
        db.Users.Add(user);
        await db.SaveChangesAsync();
        if (db.Database.IsNpgsql())
        {
            // PostgreSQL receives an import's inserts as one batch and commits within milliseconds, too briefly for a
            // kill from outside to land reliably. A test-only trigger makes each stored table take 20 ms — a slow disk,
            // in effect — so that every import spends about a second inside its transaction after its first insert.
            await db.Database.ExecuteSqlRawAsync(
                "CREATE FUNCTION crash_test_slow() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_sleep(0.02); RETURN NEW; END $$;");
            await db.Database.ExecuteSqlRawAsync(
                "CREATE TRIGGER crash_test_slow AFTER INSERT ON target_tables FOR EACH ROW EXECUTE FUNCTION crash_test_slow();");
        }
        return user.UserName;
    }

    /// <summary>Uploads a document: its id when the server answered 201, null when the server died first.</summary>
    private static async Task<Guid?> Upload(HttpClient client, byte[] bytes, string name)
    {
        try
        {
            var response = await client.Upload(bytes, name);
            if (response.StatusCode != HttpStatusCode.Created) return null;
            return (await response.Object())["documentId"]!.GetValue<Guid>();
        }
        catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException)
        {
            return null;
        }
    }

    private async Task<int> Count(Func<Jixiao.Web.Data.JixiaoDb, Task<int>> query)
    {
        await using var db = database.Open();
        return await query(db);
    }
}

public sealed class CrashConsistencyTestsOnSqlite(SqliteTestDatabase database, ITestOutputHelper log)
    : CrashConsistencyTests(database, log), IClassFixture<SqliteTestDatabase>;

public sealed class CrashConsistencyTestsOnPostgres(PostgresTestDatabase database, ITestOutputHelper log)
    : CrashConsistencyTests(database, log), IClassFixture<PostgresTestDatabase>;
