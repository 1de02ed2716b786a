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
