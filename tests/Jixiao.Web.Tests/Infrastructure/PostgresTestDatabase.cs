using Jixiao.Web.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Jixiao.Web.Tests.Infrastructure;

/// <summary>
/// A new database on the PostgreSQL server named by the environment variable <c>JIXIAO_TEST_POSTGRES</c>
/// (e.g. <c>Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres</c>), dropped afterwards. Without the
/// variable, or when the server cannot be reached, the tests that use it are skipped with a message saying so.
/// </summary>
public sealed class PostgresTestDatabase(IMessageSink? diagnostics = null) : TestDatabase
{
    public const string Variable = "JIXIAO_TEST_POSTGRES";

    // One probe per test run: an unreachable server should cost its timeout once, not once per class.
    private static readonly Lazy<Task<string?>> Probe = new(ProbeServer);
    private static int told;

    private readonly string name = "jixiao_test_" + Guid.NewGuid().ToString("N")[..16];
    private string? connectionString;

    public override string Name => "PostgreSQL";

    public override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["ConnectionStrings:Jixiao"] = connectionString ?? throw new InvalidOperationException("The database was not created."),
    };

    public override async Task Create()
    {
        SkipReason = await Probe.Value;
        if (SkipReason is not null)
        {
            // Skipped tests' reasons do not reach dotnet test's console; a diagnostic message does, once per run.
            if (Interlocked.Exchange(ref told, 1) == 0) diagnostics?.OnMessage(new DiagnosticMessage(SkipReason));
            return;
        }
        var server = Server()!;
        await using (var c = new NpgsqlConnection(Admin(server)))
        {
            await c.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", c);
            await cmd.ExecuteNonQueryAsync();
        }
        connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    public override JixiaoDb Open() =>
        new(new DbContextOptionsBuilder<JixiaoDb>().UseNpgsql(connectionString).Options);

    /// <summary>Other sessions on this database whose transaction has written something (it has a transaction id).</summary>
    public override async Task<IReadOnlyList<string>> OpenWriters()
    {
        await using var c = new NpgsqlConnection(connectionString);
        await c.OpenAsync();
        await using var cmd = new NpgsqlCommand(
            "SELECT backend_xid::text FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_xid IS NOT NULL", c);
        var xids = new List<string>();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync()) xids.Add(reader.GetString(0));
        return xids;
    }

    /// <summary>The server's own record of the transaction: committed, aborted (rolled back, or cut off by a crash), in progress.</summary>
    public override async Task<string?> Outcome(string writer)
    {
        await using var c = new NpgsqlConnection(connectionString);
        await c.OpenAsync();
        // backend_xid is the 32-bit id; txid_status wants it with the current epoch in front.
        await using var cmd = new NpgsqlCommand("SELECT txid_status(((txid_current() >> 32) << 32) + @xid)", c);
        cmd.Parameters.AddWithValue("xid", long.Parse(writer, System.Globalization.CultureInfo.InvariantCulture));
        return await cmd.ExecuteScalarAsync() as string;
    }

    public override async ValueTask DisposeAsync()
    {
        if (connectionString is null) return;
        await using (var c = new NpgsqlConnection(connectionString)) NpgsqlConnection.ClearPool(c);
        await using var admin = new NpgsqlConnection(Admin(Server()!));
        await admin.OpenAsync();
        await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", admin);
        await cmd.ExecuteNonQueryAsync();
    }

    private static string? Server() => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } s ? s : null;

    private static string Admin(string server)
    {
        var b = new NpgsqlConnectionStringBuilder(server) { Pooling = false, Timeout = 5 };
        b.Database ??= "postgres";
        return b.ConnectionString;
    }

    private static async Task<string?> ProbeServer()
    {
        var server = Server();
        if (server is null)
            return $"PostgreSQL tests skipped: {Variable} is not set (e.g. {Variable}=\"Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres\"); .ci/run starts a server and sets it.";
        try
        {
            await using var c = new NpgsqlConnection(Admin(server));
            await c.OpenAsync();
            return null;
        }
        catch (Exception e) when (e is NpgsqlException or ArgumentException or TimeoutException or System.Net.Sockets.SocketException)
        {
            return $"PostgreSQL tests skipped: the server named by {Variable} cannot be reached ({e.Message}).";
        }
    }
}
