using Jixiao.Web.Data;

namespace Jixiao.Web.Tests.Infrastructure;

/// <summary>
/// A fresh, empty database for one test class: where it is, how the app is told, and why it may be unavailable. It is
/// a class fixture itself for tests that run the server as a process instead of in memory.
/// </summary>
public abstract class TestDatabase : IAsyncDisposable, IAsyncLifetime
{
    /// <summary>"SQLite" or "PostgreSQL", for messages.</summary>
    public abstract string Name { get; }

    /// <summary>Why this database cannot be used here (the tests then skip with this message), or null.</summary>
    public string? SkipReason { get; protected set; }

    /// <summary>The configuration that points the app at this database.</summary>
    public abstract IReadOnlyDictionary<string, string> Settings { get; }

    /// <summary>Creates the database, or sets <see cref="SkipReason"/>.</summary>
    public abstract Task Create();

    /// <summary>A context on the database, outside the app, for arranging and inspecting data.</summary>
    public abstract JixiaoDb Open();

    /// <summary>The write transactions open on the database at this moment, as the database names them (for crash tests).</summary>
    public abstract Task<IReadOnlyList<string>> OpenWriters();

    /// <summary>What became of a transaction that <see cref="OpenWriters"/> saw: "committed", "aborted", or null if the database cannot tell.</summary>
    public abstract Task<string?> Outcome(string writer);

    /// <summary>The same settings as command-line arguments for a server process.</summary>
    public IEnumerable<string> Arguments() => Settings.Select(s => $"--{s.Key}={s.Value}");

    public abstract ValueTask DisposeAsync();

    Task IAsyncLifetime.InitializeAsync() => Create();

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();
}
