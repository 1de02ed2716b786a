using Jixiao.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Jixiao.Web.Bench;

/// <summary>
/// A fresh database for one bench run: an SQLite file in a new temp folder, or a new database on the PostgreSQL
/// server named by the options. Removed afterwards unless kept.
/// </summary>
public sealed class BenchDatabase : IAsyncDisposable
{
    private readonly string? server;
    private readonly string? folder;
    private readonly bool keep;

    private BenchDatabase(string connectionString, string? server, string? folder, string name, bool keep)
    {
        ConnectionString = connectionString;
        this.server = server;
        this.folder = folder;
        Name = name;
        this.keep = keep;
    }

    public string ConnectionString { get; }

    /// <summary>The file or the database name, for the report.</summary>
    public string Name { get; }

    public bool IsPostgres => server is not null;

    public static async Task<BenchDatabase> Create(BenchOptions o)
    {
        if (o.Reuse is { } reuse)
        {
            if (o.Postgres is { } server)
                return new BenchDatabase(new NpgsqlConnectionStringBuilder(server) { Database = reuse, MaxPoolSize = Math.Max(100, o.Clients + 8), CommandTimeout = 0 }.ConnectionString, server, null, reuse, keep: true);
            if (!File.Exists(reuse)) throw new FileNotFoundException("没有这个 SQLite 数据库文件。", reuse);
            return new BenchDatabase($"Data Source={reuse}", null, null, reuse, keep: true);
        }
        if (o.Postgres is { } s)
        {
            var name = "jixiao_bench_" + Guid.NewGuid().ToString("N")[..12];
            await using (var admin = new NpgsqlConnection(Admin(s)))
            {
                await admin.OpenAsync();
                await using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
                await cmd.ExecuteNonQueryAsync();
            }
            // Room for 64 clients' connections, and no command timeout during a long COPY.
            var cs = new NpgsqlConnectionStringBuilder(s) { Database = name, MaxPoolSize = Math.Max(100, o.Clients + 8), CommandTimeout = 0 }.ConnectionString;
            return new BenchDatabase(cs, s, null, name, o.Keep);
        }
        var dir = Path.Combine(Path.GetTempPath(), "jixiao-bench", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(dir);
        var file = Path.Combine(dir, "jixiao.db");
        return new BenchDatabase($"Data Source={file}", null, dir, file, o.Keep);
    }

    /// <summary>A context outside any web host, for migrating, arranging and importing.</summary>
    public JixiaoDb Open() => new(IsPostgres
        ? new DbContextOptionsBuilder<JixiaoDb>().UseNpgsql(ConnectionString).Options
        : new DbContextOptionsBuilder<JixiaoDb>().UseSqlite(ConnectionString).Options);

    public async ValueTask DisposeAsync()
    {
        if (keep) return;
        if (server is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(Admin(server));
            await admin.OpenAsync();
            await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", admin);
            await cmd.ExecuteNonQueryAsync();
        }
        if (folder is not null)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open: the temp folder is cleaned another day.
            }
        }
    }

    private static string Admin(string server)
    {
        var b = new NpgsqlConnectionStringBuilder(server) { Pooling = false };
        b.Database ??= "postgres";
        return b.ConnectionString;
    }
}
