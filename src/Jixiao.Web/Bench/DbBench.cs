using System.Diagnostics;
using Jixiao.Profiles;
using Jixiao.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Bench;

/// <summary>
/// <c>bench-db</c>: bulk import of generated tables into a fresh database, against the database's own raw insert speed
/// on the same rows — SQLite: the same prepared INSERTs into plain tables with the same columns and no key, index or
/// trigger; PostgreSQL: the same COPY into UNLOGGED tables without indexes. Only the storing is timed, batch by batch,
/// the two alternating so that neither always runs on a warmer cache.
/// </summary>
public static class DbBench
{
    public static readonly BulkImport.Target Raw = new("raw_target_tables", "raw_indicators", "raw_audit_events");

    public const double SqliteTarget = 50_000;
    public const double PostgresTarget = 150_000;

    /// <summary>Time and rows stored, over all batches.</summary>
    public sealed class Tally
    {
        public long Tables, Indicators;
        public TimeSpan App, Baseline, AppCpu, BaselineCpu, AppServerCpu, BaselineServerCpu;

        public double AppRate => Indicators / App.TotalSeconds;
        public double BaselineRate => Indicators / Baseline.TotalSeconds;
        public double AppCpuRate => Indicators / AppCpu.TotalSeconds;
        public double BaselineCpuRate => Indicators / BaselineCpu.TotalSeconds;
    }

    public static async Task<int> Run(BenchOptions o, TextWriter output)
    {
        await using var database = await BenchDatabase.Create(o);
        var tally = await Measure(database, o, output);
        Report(database, o, tally, await Settings(database), output);
        if (o.Keep) output.WriteLine($"数据库已保留：{database.Name}");
        var target = database.IsPostgres ? PostgresTarget : SqliteTarget;
        return tally.AppRate >= target ? 0 : 1;
    }

    public static async Task<Tally> Measure(BenchDatabase database, BenchOptions o, TextWriter output)
    {
        var profile = Profile.National;
        await using var db = database.Open();
        await Database.Migrate(db);
        await CreateRawTables(db);
        var corpus = await BenchCorpus.Arrange(db, DateTime.UtcNow);

        // Warm up both paths (JIT, statements, the first pages) outside the measurement, then empty the plain tables.
        foreach (var warm in corpus.Batches(300, o.Seed + 1_000_000, 300, profile))
        {
            await BulkImport.Store(db, warm, BulkImport.Target.App, default);
            await BulkImport.Store(db, warm, Raw, default);
        }
        await db.Database.ExecuteSqlRawAsync("DELETE FROM raw_target_tables; DELETE FROM raw_indicators; DELETE FROM raw_audit_events;");

        // Kept open through the measurement, so that every batch goes through one server process whose CPU time can be read.
        await db.Database.OpenConnectionAsync();
        var server = await ServerProcess(db);
        var tally = new Tally();
        var n = 0;
        var prepare = Stopwatch.StartNew();
        foreach (var batch in corpus.Batches(o.Tables, o.Seed, o.Batch, profile))
        {
            prepare.Stop();
            var appFirst = n++ % 2 == 0;
            for (var pass = 0; pass < 2; pass++)
            {
                var app = pass == 0 == appFirst;
                GC.Collect();
                // Waited on this thread: on SQLite the whole import then runs here, and the thread's CPU time is its work.
                var cpu = ThreadCpu.Now();
                var serverCpu = ProcessCpu(server);
                var clock = Stopwatch.StartNew();
                var rows = BulkImport.Store(db, batch, app ? BulkImport.Target.App : Raw, default).GetAwaiter().GetResult();
                clock.Stop();
                cpu = ThreadCpu.Now() - cpu;
                serverCpu = ProcessCpu(server) - serverCpu;
                if (app)
                {
                    tally.App += clock.Elapsed;
                    tally.AppCpu += cpu;
                    tally.AppServerCpu += serverCpu;
                    tally.Indicators += rows;
                    tally.Tables += batch.Count;
                }
                else
                {
                    tally.Baseline += clock.Elapsed;
                    tally.BaselineCpu += cpu;
                    tally.BaselineServerCpu += serverCpu;
                }
            }
            output.WriteLine($"  {tally.Tables:N0} 张表，{tally.Indicators:N0} 个指标已导入（准备 {prepare.Elapsed.TotalSeconds:0.0} s）");
            prepare.Start();
        }
        await db.Database.CloseConnectionAsync();
        return tally;
    }

    /// <summary>The PostgreSQL server process serving this context's connection, when it runs on this machine; else 0.</summary>
    private static async Task<int> ServerProcess(JixiaoDb db)
    {
        if (!db.Database.IsNpgsql()) return 0;
        await using var cmd = db.Database.GetDbConnection().CreateCommand();
        cmd.CommandText = "SELECT pg_backend_pid()";
        var pid = Convert.ToInt32(await cmd.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        return File.Exists($"/proc/{pid}/stat") ? pid : 0;
    }

    /// <summary>User and system CPU time of a process from /proc (Linux), or zero.</summary>
    private static TimeSpan ProcessCpu(int pid)
    {
        if (pid == 0) return TimeSpan.Zero;
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            // Fields after the command name (which may hold spaces, so it is skipped by its closing parenthesis): utime and stime are the 12th and 13th.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture);
            return TimeSpan.FromSeconds(ticks / 100.0);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return TimeSpan.Zero;
        }
    }

    /// <summary>Plain tables with the columns of the app's: no key, index or trigger; on PostgreSQL also unlogged.</summary>
    private static async Task CreateRawTables(JixiaoDb db)
    {
        foreach (var (raw, app) in new[] { (Raw.Tables, "target_tables"), (Raw.Indicators, "indicators"), (Raw.AuditEvents, "audit_events") })
        {
            // CREATE TABLE … AS SELECT copies column names and declared types only; LIKE copies columns, NOT NULL and
            // (asked) how long values are stored and compressed — no key, index or constraint.
            var sql = db.Database.IsNpgsql()
                ? $"CREATE UNLOGGED TABLE {raw} (LIKE {app} INCLUDING STORAGE INCLUDING COMPRESSION)"
                : $"CREATE TABLE {raw} AS SELECT * FROM {app} WHERE 0";
            await db.Database.ExecuteSqlRawAsync(sql);
        }
    }

    /// <summary>The database's version and the settings that decide write speed, for the report.</summary>
    public static async Task<string> Settings(BenchDatabase database)
    {
        await using var db = database.Open();
        await db.Database.OpenConnectionAsync();
        var c = db.Database.GetDbConnection();
        async Task<string> Scalar(string sql)
        {
            await using var cmd = c.CreateCommand();
            cmd.CommandText = sql;
            return Convert.ToString(await cmd.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
        }
        if (database.IsPostgres)
            return $"PostgreSQL {await Scalar("SHOW server_version")}，fsync={await Scalar("SHOW fsync")}，synchronous_commit={await Scalar("SHOW synchronous_commit")}，"
                   + $"shared_buffers={await Scalar("SHOW shared_buffers")}，max_wal_size={await Scalar("SHOW max_wal_size")}，"
                   + $"JSON 压缩={await Scalar("SELECT coalesce(attcompression, '') FROM pg_attribute WHERE attrelid = 'target_tables'::regclass AND attname = 'ModelJson'")}（p pglz，l lz4）";
        return $"SQLite {await Scalar("SELECT sqlite_version()")}，page_size={await Scalar("PRAGMA page_size")}，journal_mode={await Scalar("PRAGMA journal_mode")}，"
               + $"synchronous={await Scalar("PRAGMA synchronous")}（0 OFF，1 NORMAL，2 FULL）";
    }

    private static void Report(BenchDatabase database, BenchOptions o, Tally t, string settings, TextWriter w)
    {
        var target = database.IsPostgres ? PostgresTarget : SqliteTarget;
        var how = database.IsPostgres ? "binary COPY，一个事务" : "一个事务、预编译并复用的 INSERT，FTS5 触发器照常执行";
        var raw = database.IsPostgres ? "同样的 COPY 写入无索引的 UNLOGGED 表" : "同样的 INSERT 写入无主键、无索引、无触发器的普通表";
        w.WriteLine();
        w.WriteLine($"bench-db：{t.Tables:N0} 张表、{t.Indicators:N0} 个指标，每批 {o.Batch:N0} 张表一个事务，种子 {o.Seed}");
        w.WriteLine();
        w.WriteLine("| 项目 | 用时 | 指标行/秒 | 目标 |");
        w.WriteLine("|---|---|---|---|");
        w.WriteLine($"| 批量导入（{how}） | {t.App.TotalSeconds:0.00} s | {t.AppRate:N0} | ≥ {target:N0} |");
        w.WriteLine($"| 数据库原始写入速度（{raw}） | {t.Baseline.TotalSeconds:0.00} s | {t.BaselineRate:N0} | |");
        w.WriteLine($"| 批量导入 ÷ 原始写入 | | {t.AppRate / t.BaselineRate * 100:0.0} % | |");
        if (database.IsPostgres && t.AppServerCpu > TimeSpan.Zero)
        {
            // Client and server work side by side on the two cores: on an idle machine the slower of the two sets the pace.
            w.WriteLine($"| 批量导入：客户端线程 / PostgreSQL 服务进程 CPU 时间 | {t.AppCpu.TotalSeconds:0.00} s / {t.AppServerCpu.TotalSeconds:0.00} s | {t.Indicators / Math.Max(t.AppCpu.TotalSeconds, t.AppServerCpu.TotalSeconds):N0}（按较慢一方） | |");
            w.WriteLine($"| 原始写入：客户端线程 / PostgreSQL 服务进程 CPU 时间 | {t.BaselineCpu.TotalSeconds:0.00} s / {t.BaselineServerCpu.TotalSeconds:0.00} s | {t.Indicators / Math.Max(t.BaselineCpu.TotalSeconds, t.BaselineServerCpu.TotalSeconds):N0}（按较慢一方） | |");
        }
        if (!database.IsPostgres && ThreadCpu.Available)
        {
            // The import runs on one thread: its CPU time is the work, whatever else the machine was doing meanwhile.
            w.WriteLine($"| 批量导入，按线程 CPU 时间 | {t.AppCpu.TotalSeconds:0.00} s | {t.AppCpuRate:N0} | |");
            w.WriteLine($"| 原始写入，按线程 CPU 时间 | {t.BaselineCpu.TotalSeconds:0.00} s | {t.BaselineCpuRate:N0} | |");
            w.WriteLine($"| 两者之比（CPU 时间） | | {t.AppCpuRate / t.BaselineCpuRate * 100:0.0} % | |");
        }
        w.WriteLine();
        w.WriteLine("每张表同时写入 target_tables 一行（含交换格式 JSON、等级）、每个指标 indicators 一行、audit_events 一行；计时不含读取、审核和生成 JSON。");
        w.WriteLine($"数据库：{settings}");
        w.WriteLine($"机器：{Machine.Describe()}；测量时系统负载 {Machine.LoadAverage()}");
        w.WriteLine(t.AppRate >= target ? "结果：达到目标。" : "结果：未达到目标。");
    }
}
