using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Jixiao.Web.Data;

/// <summary>Chooses the provider: PostgreSQL when the connection string names a host, else an SQLite file under the app's data folder.</summary>
public static class Database
{
    public static bool IsPostgres(string? connectionString) =>
        connectionString is not null && (connectionString.Contains("Host=", StringComparison.OrdinalIgnoreCase) || connectionString.StartsWith("postgres", StringComparison.OrdinalIgnoreCase));

    public static IServiceCollection AddJixiaoDatabase(this IServiceCollection services, IConfiguration config, IHostEnvironment env)
    {
        var cs = config.GetConnectionString("Jixiao");
        if (IsPostgres(cs))
        {
            services.AddDbContext<JixiaoDb>(o => o.UseNpgsql(cs).ConfigureWarnings(Quiet));
            return services;
        }
        if (string.IsNullOrWhiteSpace(cs))
        {
            var dir = config["Jixiao:DataDirectory"] ?? Path.Combine(env.ContentRootPath, "App_Data");
            Directory.CreateDirectory(dir);
            cs = $"Data Source={Path.Combine(dir, "jixiao.db")}";
        }
        services.AddDbContext<JixiaoDb>(o => o.UseSqlite(cs).ConfigureWarnings(Quiet));
        return services;
    }

    // The migrations are written by hand, without a model snapshot: the runtime cannot compare, so it must not warn.
    private static void Quiet(WarningsConfigurationBuilder w) => w.Ignore(RelationalEventId.PendingModelChangesWarning);

    /// <summary>Creates or migrates the database at start; on SQLite, turns on write-ahead logging.</summary>
    public static async Task Migrate(JixiaoDb db, CancellationToken ct = default)
    {
        await db.Database.MigrateAsync(ct);
        if (db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
    }
}
