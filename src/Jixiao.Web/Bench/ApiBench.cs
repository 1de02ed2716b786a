using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Jixiao.Profiles;
using Jixiao.Web.Data;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Bench;

/// <summary>
/// <c>bench-api</c>: bulk-imports generated tables into a fresh database, starts the app on 127.0.0.1 (a port of its
/// own, nothing else is ever addressed), signs in with an API token, and runs three bounded phases of the same
/// number of concurrent clients: the static <c>GET /health</c>, <c>GET /api/tables/{id}</c> over random tables, and
/// search (<c>GET /api/tables?q=…</c>) with fragments of real indicator names. Each is reported with its ratio to /health.
/// </summary>
public static class ApiBench
{
    public const double GetTargetP99 = 20;
    public const double SearchTargetP95 = 100;
    private const int SampledIds = 20_000;
    private const int Terms = 64;

    public static async Task<int> Run(BenchOptions o, TextWriter output)
    {
        await using var database = await BenchDatabase.Create(o);
        var (ids, names, imported) = o.Reuse is null ? await Import(database, o, output) : await Existing(database, o);
        var terms = Fragments(names, o.Seed);

        await using var app = Host(database);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        var uri = new Uri(address);
        if (!IPAddress.IsLoopback(IPAddress.Parse(uri.Host))) throw new InvalidOperationException($"The bench only addresses loopback, not {uri.Host}.");
        output.WriteLine($"服务已在 {address} 启动；{o.Clients} 个并发客户端，每个阶段 {o.Seconds} s（另有 {Warmup.TotalSeconds:0} s 预热）。");

        using var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = o.Clients, UseCookies = false, UseProxy = false, PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        };
        // /health is asked as a load balancer asks it, without credentials; the API with the token.
        using var anonymous = new HttpClient(handler, disposeHandler: false) { BaseAddress = uri, Timeout = TimeSpan.FromSeconds(60) };
        using var client = new HttpClient(handler, disposeHandler: false) { BaseAddress = uri, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await Token(uri));

        var random = ids.Count;
        string Search(int w, long i) => "/api/tables?q=" + Uri.EscapeDataString(terms[Pick(o.Seed + 1, w, i, terms.Count)]);
        // Search once more with a single client: the time one search takes, apart from waiting behind the others.
        var phases = new (string Name, int Clients, Func<int, long, string> Path)[]
        {
            ("GET /health", o.Clients, (_, _) => "/health"),
            ("GET /api/tables/{id}", o.Clients, (w, i) => $"/api/tables/{ids[Pick(o.Seed, w, i, random)]}"),
            ("GET /api/tables?q=…", o.Clients, Search),
            ("GET /api/tables?q=…（1 个客户端）", 1, (w, i) => Search(w + 1000, i)),
        };
        // Every path warmed first, so that the code each phase runs is compiled to its final tier before any is measured.
        foreach (var (name, clients, path) in phases.Take(3)) await LoadRunner.Run(name, name == "GET /health" ? anonymous : client, clients, Warmup, path);
        var results = new List<LoadRunner.Result>();
        foreach (var (name, clients, path) in phases)
        {
            var http = name == "GET /health" ? anonymous : client;
            GC.Collect();
            var r = await LoadRunner.Run(name, http, clients, TimeSpan.FromSeconds(o.Seconds), path);
            output.WriteLine($"  {name}：{r.Milliseconds.Length:N0} 次请求，{r.Failures:N0} 次失败{(r.FirstFailure is null ? "" : "（" + r.FirstFailure + "）")}");
            results.Add(r);
        }
        await app.StopAsync();

        Report(database, o, imported, terms, results, await DbBench.Settings(database), output);
        if (o.Keep) output.WriteLine($"数据库已保留：{database.Name}");
        var get = results[1];
        var search = results[2];
        var met = results.All(r => r.Failures == 0) && get.Percentile(99) < GetTargetP99 && search.Percentile(95) < SearchTargetP95;
        return met ? 0 : 1;
    }

    private static readonly TimeSpan Warmup = TimeSpan.FromSeconds(5);

    /// <summary>A deterministic, well-spread choice for request <paramref name="i"/> of worker <paramref name="w"/>.</summary>
    private static int Pick(int seed, int w, long i, int n)
    {
        var x = (ulong)(uint)seed * 0x9E3779B97F4A7C15UL ^ (ulong)w * 0xBF58476D1CE4E5B9UL ^ (ulong)i * 0x94D049BB133111EBUL;
        x ^= x >> 31;
        x *= 0xD6E8FEB86969D7EDUL;
        x ^= x >> 27;
        return (int)(x % (ulong)n);
    }

    /// <summary>What was imported: a sample of table ids, the distinct indicator names, and the import figures.</summary>
    private sealed record Imported(long Tables, long Indicators, TimeSpan Storing, TimeSpan Total);

    private static async Task<(List<Guid> Ids, List<string> Names, Imported Imported)> Import(BenchDatabase database, BenchOptions o, TextWriter output)
    {
        var total = Stopwatch.StartNew();
        var storing = TimeSpan.Zero;
        long tables = 0, indicators = 0;
        var ids = new List<Guid>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        var sampler = new Random(o.Seed);
        await using (var db = database.Open())
        {
            await Database.Migrate(db);
            var corpus = await BenchCorpus.Arrange(db, DateTime.UtcNow);
            foreach (var batch in corpus.Batches(o.Tables, o.Seed, o.Batch, Profile.National))
            {
                var clock = Stopwatch.StartNew();
                indicators += await BulkImport.Store(db, batch, default);
                storing += clock.Elapsed;
                foreach (var b in batch)
                {
                    // Reservoir sampling keeps every table equally likely to be asked for, whatever the count.
                    tables++;
                    if (ids.Count < SampledIds) ids.Add(b.Record.Id);
                    else if (sampler.NextInt64(tables) is var k && k < SampledIds) ids[(int)k] = b.Record.Id;
                    foreach (var i in b.Indicators) if (i.Name is { Length: >= 3 } n) names.Add(n);
                }
                output.WriteLine($"  已导入 {tables:N0} 张表、{indicators:N0} 个指标（{total.Elapsed.TotalSeconds:0} s）");
            }
            // Fresh statistics, as a server would have after its routine maintenance; the import itself does not wait for them.
            await db.Database.ExecuteSqlRawAsync(db.Database.IsNpgsql() ? "ANALYZE" : "PRAGMA optimize");
        }
        return (ids, names.Order(StringComparer.Ordinal).ToList(), new Imported(tables, indicators, storing, total.Elapsed));
    }

    /// <summary>What a kept database holds: a sample of its tables, its indicator names, its counts (no import was timed).</summary>
    private static async Task<(List<Guid> Ids, List<string> Names, Imported Imported)> Existing(BenchDatabase database, BenchOptions o)
    {
        await using var db = database.Open();
        var tables = await db.Tables.LongCountAsync(t => t.RegionCode == BenchCorpus.RegionCode);
        var indicators = await db.Indicators.LongCountAsync(i => i.RegionCode == BenchCorpus.RegionCode);
        var all = await db.Tables.Where(t => t.RegionCode == BenchCorpus.RegionCode).Select(t => t.Id).ToListAsync();
        var rng = new Random(o.Seed);
        var ids = all.OrderBy(_ => rng.Next()).Take(SampledIds).ToList();
        var names = await db.Indicators.Where(i => i.RegionCode == BenchCorpus.RegionCode && i.Name != null && i.Name.Length >= 3).Select(i => i.Name!).Distinct().ToListAsync();
        return (ids, names.Order(StringComparer.Ordinal).ToList(), new Imported(tables, indicators, TimeSpan.Zero, TimeSpan.Zero));
    }

    /// <summary>Search terms: fragments of three to six characters cut from real indicator names, chosen by the seed.</summary>
    private static List<string> Fragments(List<string> names, int seed)
    {
        var rng = new Random(seed);
        var terms = new List<string>(Terms);
        while (terms.Count < Terms && names.Count > 0)
        {
            var name = names[rng.Next(names.Count)];
            var length = Math.Min(name.Length, rng.Next(3, 7));
            var fragment = name.Substring(rng.Next(name.Length - length + 1), length).Trim();
            if (fragment.Length >= 3) terms.Add(fragment);
        }
        return terms;
    }

    /// <summary>The app as Program.cs builds it, in Production, listening only on a free port of 127.0.0.1, logging only warnings.</summary>
    private static WebApplication Host(BenchDatabase database)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production, Args = [] });
        builder.Configuration["ConnectionStrings:Jixiao"] = database.ConnectionString;
        builder.Configuration["Jixiao:Demo"] = "false";
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration["Logging:LogLevel:Default"] = "Warning";
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddJixiao(builder.Configuration, builder.Environment);
        var app = builder.Build();
        app.UseJixiao();
        return app;
    }

    /// <summary>Signs in as the finance reviewer and creates a personal API token, as a script would.</summary>
    private static async Task<string> Token(Uri server)
    {
        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), UseProxy = false }) { BaseAddress = server };
        (await browser.PostAsJsonAsync("/api/account/login", new { userName = BenchCorpus.ReviewerName, password = BenchCorpus.ReviewerPassword })).EnsureSuccessStatusCode();
        var response = await browser.PostAsJsonAsync("/api/account/tokens", new { name = "bench-api" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["token"]!.GetValue<string>();
    }

    private static void Report(BenchDatabase database, BenchOptions o, Imported imported, List<string> terms, List<LoadRunner.Result> results, string settings, TextWriter w)
    {
        var health = results[0];
        w.WriteLine();
        w.WriteLine($"bench-api：{(database.IsPostgres ? "PostgreSQL" : "SQLite")}，{imported.Tables:N0} 张表、{imported.Indicators:N0} 个指标，{o.Clients} 个并发客户端，每个阶段 {o.Seconds} s，种子 {o.Seed}");
        w.WriteLine(o.Reuse is not null
            ? $"数据库：之前保留的 {database.Name}（本次未导入）"
            : $"导入：{imported.Indicators / imported.Storing.TotalSeconds:N0} 指标行/秒（写入 {imported.Storing.TotalSeconds:0.0} s；连同生成、读取、审核共 {imported.Total.TotalSeconds:0} s）");
        w.WriteLine();
        w.WriteLine("| 请求 | 次数/秒 | p50 | p95 | p99 | p50 ÷ /health | p95 ÷ /health | p99 ÷ /health | 目标 |");
        w.WriteLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var r in results)
        {
            var k = results.IndexOf(r);
            var target = k == 1 ? $"p99 < {GetTargetP99} ms" : k >= 2 ? $"p95 < {SearchTargetP95} ms" : "";
            w.WriteLine($"| {r.Name} | {r.Rate:N0} | {r.Percentile(50):0.00} ms | {r.Percentile(95):0.00} ms | {r.Percentile(99):0.00} ms | "
                        + $"{r.Percentile(50) / health.Percentile(50):0.0}× | {r.Percentile(95) / health.Percentile(95):0.0}× | {r.Percentile(99) / health.Percentile(99):0.0}× | {target} |");
        }
        w.WriteLine();
        w.WriteLine($"检索词（{terms.Count} 个，取自真实指标名称的 3–6 字片段）：{string.Join("、", terms.Distinct().Take(12))}…");
        w.WriteLine($"数据库：{settings}");
        w.WriteLine($"机器：{Machine.Describe()}；负载与服务在同一进程、同一台机器上");
        string Met(bool met) => met ? "达到" : "未达到";
        w.WriteLine($"结果：GET /api/tables/{{id}} p99 {Met(results[1].Percentile(99) < GetTargetP99)}目标；检索 p95 {o.Clients} 个客户端时{Met(results[2].Percentile(95) < SearchTargetP95)}目标，"
                    + $"1 个客户端时{Met(results[3].Percentile(95) < SearchTargetP95)}目标。");
    }
}
