using Jixiao.Generator;
using Jixiao.Profiles;
using Jixiao.Reading;
using Jixiao.Web.Data;
using Jixiao.Web.Data.Entities;
using Jixiao.Web.Tables;
using Jixiao.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Tests.Data;

/// <summary>
/// <see cref="BulkImport"/> on SQLite: a few hundred generated tables stored in one go land whole, with the search
/// index in step (its triggers fire as for any insert), in exactly the columns an import through TableService writes.
/// </summary>
public sealed class BulkImportTests : IAsyncLifetime
{
    private const string Region = "990100";
    private const int Tables = 300;

    private readonly SqliteTestDatabase database = new();
    private readonly TestClock clock = new();
    private Unit unit = null!;
    private Department department = null!;
    private User editor = null!;

    public async Task InitializeAsync()
    {
        await database.Create();
        await using var db = database.Open();
        await Jixiao.Web.Data.Database.Migrate(db);
        db.Regions.Add(new Region { Code = Region, Name = "批量导入测试区" });
        department = new Department { RegionCode = Region, Name = "批量导入测试部门" };
        unit = new Unit { RegionCode = Region, DepartmentId = department.Id, Name = "批量导入测试单位" };
        editor = new User { RegionCode = Region, UserName = "bulk-editor", DisplayName = "批量导入 填报员", Role = Role.UnitEditor, UnitId = unit.Id, DepartmentId = department.Id };
        db.AddRange(department, unit, editor);
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    private BulkPlacement Placement(TableState state = TableState.Draft) =>
        new(Region, 2026, unit, department, state, clock.GetUtcNow().UtcDateTime, editor.Id, editor.UserName);

    /// <summary>The tables of generated documents, read and prepared as a bulk import would.</summary>
    private List<BulkTable> Generated(int tables, int seed, TableState state = TableState.Draft) =>
        new DocumentGenerator(new GeneratorOptions { Seed = seed })
            .Generate(tables)
            .SelectMany(doc => DocumentReader.Read(doc.Bytes, doc.FileName).Tables.Select(t => BulkImport.Prepare(t, Placement(state), Profile.National, doc.FileName)))
            .ToList();

    [Fact]
    public async Task Store_GeneratedTables_WritesEveryRowAndTheSearchIndex()
    {
        var batch = Generated(Tables, seed: 8);
        await using var db = database.Open();

        var rows = await BulkImport.Store(db, batch);

        var indicators = batch.Sum(b => b.Indicators.Count);
        rows.Should().Be(indicators);
        (await db.Tables.CountAsync()).Should().Be(batch.Count);
        (await db.Indicators.CountAsync()).Should().Be(indicators);
        (await db.AuditEvents.CountAsync(e => e.Action == "import")).Should().Be(batch.Count);
        var named = await db.Indicators.CountAsync(i => i.Name != null);
        (await Scalar(db, "SELECT count(*) FROM search_indicators")).Should().Be(named, "every named indicator is in the search index");
        (await Scalar(db, "SELECT count(*) FROM search_projects")).Should().Be(await db.Tables.CountAsync(t => t.ProjectName != null));
    }

    /// <summary>The tables whose project or an indicator name holds the fragment, and how many names hold it.</summary>
    private static (List<Guid> Tables, int Indicators, int Projects) Holding(List<BulkTable> batch, string fragment) =>
        (batch.Where(b => b.Record.ProjectName?.Contains(fragment, StringComparison.Ordinal) == true
                          || b.Indicators.Any(i => i.Name?.Contains(fragment, StringComparison.Ordinal) == true)).Select(b => b.Record.Id).ToList(),
         batch.Sum(b => b.Indicators.Count(i => i.Name?.Contains(fragment, StringComparison.Ordinal) == true)),
         batch.Count(b => b.Record.ProjectName?.Contains(fragment, StringComparison.Ordinal) == true));

    [Theory]
    [InlineData(Role.FinanceReviewer, "出行便利")]    // in the tables of one line of work
    [InlineData(Role.FinanceReviewer, "完成率")]
    [InlineData(Role.UnitEditor, "满意度")]          // in nearly every table, but a unit's own tables are scanned whole
    [InlineData(Role.DepartmentReviewer, "满意度")]
    public async Task Store_GeneratedTables_SearchFindsExactlyTheTablesHoldingTheFragment(Role role, string fragment)
    {
        var batch = Generated(Tables, seed: 9, TableState.Submitted);
        await using var db = database.Open();
        await BulkImport.Store(db, batch);
        var expected = Holding(batch, fragment);
        expected.Tables.Should().NotBeEmpty("the fragment is common in generated tables");
        if (role == Role.FinanceReviewer) expected.Indicators.Should().BeLessThan(Search.Cap, "this case is about a search under the cap");

        var (query, limited) = await TablesApi.Find(db, Caller(role), null, null, fragment, default);

        limited.Should().BeFalse();
        (await query.Select(t => t.Id).ToListAsync()).Should().BeEquivalentTo(expected.Tables);
    }

    [Fact]
    public async Task Store_GeneratedTables_ACommonFragmentOverTheRegionSearchesItsMostRecentMatchesAndSaysSo()
    {
        var batch = Generated(Search.Cap, seed: 9, TableState.Submitted);
        await using var db = database.Open();
        await BulkImport.Store(db, batch);
        var expected = Holding(batch, "满意度");
        expected.Indicators.Should().BeGreaterThan(Search.Cap, "this case is about a search over the cap");

        var (query, limited) = await TablesApi.Find(db, Caller(Role.FinanceReviewer), null, null, "满意度", default);
        var found = await query.Select(t => t.Id).ToListAsync();

        limited.Should().BeTrue();
        found.Should().OnlyContain(id => expected.Tables.Contains(id)).And.OnlyHaveUniqueItems();
        var mostPerTable = batch.Max(b => b.Indicators.Count);
        found.Count.Should().BeGreaterThanOrEqualTo(Search.Cap / mostPerTable).And.BeLessThan(expected.Tables.Count);
    }

    [Fact]
    public async Task Store_AKeyAlreadyStored_StoresNothingOfTheBatch()
    {
        var first = Generated(20, seed: 10);
        await using var db = database.Open();
        await BulkImport.Store(db, first);
        var second = Generated(20, seed: 11).Append(first[^1]).ToList();

        var store = () => BulkImport.Store(db, second);

        await store.Should().ThrowAsync<SqliteException>();
        (await db.Tables.CountAsync()).Should().Be(first.Count, "the batch is one transaction");
        (await db.Indicators.CountAsync()).Should().Be(first.Sum(b => b.Indicators.Count));
        (await Scalar(db, "SELECT count(*) FROM search_indicators")).Should().Be(await db.Indicators.CountAsync(i => i.Name != null));
    }

    [Fact]
    public async Task Store_SameTablesAsTableServiceImport_WritesTheSameColumns()
    {
        var bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "seeds", Samples.Seed004));
        await using var db = database.Open();
        var imported = await new TableService(db, clock, Profile.National, ReviewStamp.National).Import(Caller(Role.UnitEditor), Samples.Seed004, bytes, 2026, default);
        var read = DocumentReader.Read(bytes, Samples.Seed004);
        var bulk = read.Tables.Select(t => BulkImport.Prepare(t, Placement() with { Now = imported.Tables[0].CreatedAt }, Profile.National, Samples.Seed004)).ToList();

        await BulkImport.Store(db, bulk);

        bulk.Should().HaveSameCount(imported.Tables);
        for (var k = 0; k < bulk.Count; k++)
        {
            var (service, ours) = (imported.Tables[k].Id, bulk[k].Record.Id);
            // Everything but the keys of the row itself, and the document only an upload has, is stored alike — as text of the same form.
            (await Row(db, "target_tables", "Id", service, "Id", "Lineage", "DocumentId"))
                .Should().Equal(await Row(db, "target_tables", "Id", ours, "Id", "Lineage", "DocumentId"));
            (await Rows(db, "indicators", "TableId", service, "TableId")).Should().Equal(await Rows(db, "indicators", "TableId", ours, "TableId"));
            // The audit event differs by design in its comment (the file, not an upload) and in not repeating the table's JSON.
            (await Row(db, "audit_events", "TableId", service, "Id", "TableId", "Lineage", "At", "Comment", "After"))
                .Should().Equal(await Row(db, "audit_events", "TableId", ours, "Id", "TableId", "Lineage", "At", "Comment", "After"));
            (await Row(db, "target_tables", "Id", ours)).Should().Contain(v => v == $"text:{ours.ToString().ToUpperInvariant()}", "keys are stored as EF Core stores them");
        }
    }

    private Jixiao.Web.Accounts.Caller Caller(Role role) => new Person(new User
    {
        RegionCode = Region, UserName = role == Role.UnitEditor ? editor.UserName : role.ToString(), DisplayName = role.ToString(), Role = role, Id = role == Role.UnitEditor ? editor.Id : Guid.NewGuid(),
        UnitId = role == Role.UnitEditor ? unit.Id : null, DepartmentId = department.Id,
    }, "").Caller;

    private static async Task<long> Scalar(JixiaoDb db, string sql)
    {
        await db.Database.OpenConnectionAsync();
        await using var cmd = db.Database.GetDbConnection().CreateCommand();
        cmd.CommandText = sql;
        return (long)(await cmd.ExecuteScalarAsync())!;
    }

    /// <summary>One row as stored, each column as "type:value", without the named columns.</summary>
    private static async Task<List<string>> Row(JixiaoDb db, string table, string key, Guid id, params string[] without) =>
        (await Rows(db, table, key, id, without)).Should().ContainSingle().Subject.Split('|').ToList();

    /// <summary>The rows whose <paramref name="key"/> is <paramref name="id"/>, each as "storage class:value|…" in column order.</summary>
    private static async Task<List<string>> Rows(JixiaoDb db, string table, string key, Guid id, params string[] without)
    {
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();
        var columns = new List<string>();
        await using (var info = connection.CreateCommand())
        {
            info.CommandText = $"SELECT name FROM pragma_table_info('{table}') ORDER BY cid";
            await using var r = await info.ExecuteReaderAsync();
            while (await r.ReadAsync()) if (!without.Contains(r.GetString(0))) columns.Add(r.GetString(0));
        }
        await using var cmd = connection.CreateCommand();
        // typeof() is how SQLite stored the value (text, integer, real, blob, null): a Guid as a blob would not match the search index's text.
        cmd.CommandText = $"SELECT {string.Join(" || '|' || ", columns.Select(c => $"typeof(\"{c}\") || ':' || coalesce(\"{c}\", 'null')"))} FROM {table} WHERE \"{key}\" = $id ORDER BY rowid";
        cmd.Parameters.Add(new SqliteParameter("$id", id.ToString().ToUpperInvariant()));
        var rows = new List<string>();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync()) rows.Add(reader.GetString(0));
        return rows;
    }
}
