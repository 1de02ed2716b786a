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
