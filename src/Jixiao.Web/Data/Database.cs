using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Jixiao.Web.Data;

/// <summary>
/// Chooses the provider: PostgreSQL when the connection string names a host, else an SQLite file under the app's data
/// folder. Contexts are pooled: setting one up anew for every request cost as much as the query it then ran.
/// </summary>
public static class Database
{
    public static bool IsPostgres(string? connectionString) =>
        connectionString is not null && (connectionString.Contains("Host=", StringComparison.OrdinalIgnoreCase) || connectionString.StartsWith("postgres", StringComparison.OrdinalIgnoreCase));

    public static IServiceCollection AddJixiaoDatabase(this IServiceCollection services, IConfiguration config, IHostEnvironment env)
    {
        var cs = config.GetConnectionString("Jixiao");
        if (IsPostgres(cs))
        {
            services.AddDbContextPool<JixiaoDb>(o => o.UseNpgsql(cs).ConfigureWarnings(Quiet));
            return services;
        }
        if (string.IsNullOrWhiteSpace(cs))
        {
            var dir = config["Jixiao:DataDirectory"] ?? Path.Combine(env.ContentRootPath, "App_Data");
            Directory.CreateDirectory(dir);
            cs = $"Data Source={Path.Combine(dir, "jixiao.db")}";
        }
        services.AddDbContextPool<JixiaoDb>(o => o.UseSqlite(cs).ConfigureWarnings(Quiet));
        return services;
    }

    // The migrations are written by hand, without a model snapshot: the runtime cannot compare, so it must not warn.
    private static void Quiet(WarningsConfigurationBuilder w) => w.Ignore(RelationalEventId.PendingModelChangesWarning);

    /// <summary>Creates or migrates the database at start; on SQLite, turns on write-ahead logging.</summary>
    public static async Task Migrate(JixiaoDb db, CancellationToken ct = default)
    {
        if (!db.Database.IsSqlite())
        {
            await db.Database.MigrateAsync(ct);
            return;
        }
        // One connection throughout, so that the page size below is the one the new file is created with.
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            // 16 KiB pages for a new file (an existing one keeps its own): a stored table's JSON then fits in one page
            // instead of a chain of overflow pages, and a bulk import of a province spends a quarter less time writing.
            await db.Database.ExecuteSqlRawAsync("PRAGMA page_size=16384;", ct);
            await db.Database.MigrateAsync(ct);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
