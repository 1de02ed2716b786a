using Jixiao.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Tests.Infrastructure;

/// <summary>A new SQLite file in a temporary folder, given to the app as <c>Jixiao:DataDirectory</c>.</summary>
public sealed class SqliteTestDatabase : TestDatabase
{
    public string Directory { get; } = Path.Combine(Path.GetTempPath(), "jixiao-tests", Guid.NewGuid().ToString("N"));

    public override string Name => "SQLite";

    public override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Jixiao:DataDirectory"] = Directory,
        // Cleared so that a connection string in the environment cannot send the tests elsewhere.
        ["ConnectionStrings:Jixiao"] = "",
    };

    public string File => Path.Combine(Directory, "jixiao.db");

    public override Task Create()
    {
        System.IO.Directory.CreateDirectory(Directory);
        return Task.CompletedTask;
    }

    public override JixiaoDb Open() =>
        new(new DbContextOptionsBuilder<JixiaoDb>().UseSqlite($"Data Source={File}").Options);

    /// <summary>
    /// A connection mid-way through a write transaction holds the database's write lock: <c>BEGIN IMMEDIATE</c> with no
    /// busy timeout then fails at once with SQLITE_BUSY. SQLite keeps no record of a transaction after it ends.
    /// </summary>
    public override Task<IReadOnlyList<string>> OpenWriters()
    {
        SQLitePCL.Batteries_V2.Init();
        if (SQLitePCL.raw.sqlite3_open_v2(File, out var db, SQLitePCL.raw.SQLITE_OPEN_READWRITE, null) != SQLitePCL.raw.SQLITE_OK)
            throw new InvalidOperationException("Cannot open " + File);
        using (db)
        {
            SQLitePCL.raw.sqlite3_busy_timeout(db, 0);
            var rc = SQLitePCL.raw.sqlite3_exec(db, "BEGIN IMMEDIATE");
            if (rc == SQLitePCL.raw.SQLITE_OK) SQLitePCL.raw.sqlite3_exec(db, "ROLLBACK");
            return Task.FromResult<IReadOnlyList<string>>(rc == SQLitePCL.raw.SQLITE_BUSY ? ["the writer"] : []);
        }
    }

    public override Task<string?> Outcome(string writer) => Task.FromResult<string?>(null);

    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a process being torn down: the temp folder is cleaned another day.
        }
        return ValueTask.CompletedTask;
    }
}
