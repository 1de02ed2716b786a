using System.Data.Common;
using Jixiao.Exchange;
using Jixiao.Framework;
using Jixiao.Model;
using Jixiao.Profiles;
using Jixiao.Review;
using Jixiao.Web.Data.Entities;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using SQLitePCL;

namespace Jixiao.Web.Data;

/// <summary>Where bulk-imported tables go: region, unit and its department, workflow state, time stamp, and who the audit trail names.</summary>
public sealed record BulkPlacement(string RegionCode, int Year, Unit Unit, Department Department, TableState State, DateTime Now, Guid? UserId = null, string? UserName = null);

/// <summary>A table ready to store: the record, its indicator rows and its import audit event, exactly as <see cref="Tables.TableService"/> writes them.</summary>
public sealed record BulkTable(TableRecord Record, IReadOnlyList<IndicatorRecord> Indicators, AuditEvent Audit);

/// <summary>
/// Stores many tables at once — a province's year, a migration — without EF Core's change tracking: on SQLite in one
/// transaction through prepared INSERT commands reused for every batch of rows (the FTS triggers of the search index
/// fire as for any insert); on PostgreSQL through binary COPY, all in one transaction. The rows are those an import
/// through <see cref="Tables.TableService"/> writes (a test compares them column by column), with two differences:
/// no original document is stored (the import audit event names the source file instead), and the import audit
/// event does not repeat the table's JSON — the table's first revision is what was imported, and an edit's audit
/// event keeps it as its "before". Repeating it doubled the bytes a bulk import writes.
/// </summary>
public static class BulkImport
{
    /// <summary>The tables written to: the app's own, or plain copies for measuring the database's raw insert speed.</summary>
    public sealed record Target(string Tables, string Indicators, string AuditEvents)
    {
        public static Target App { get; } = new("target_tables", "indicators", "audit_events");
    }

    internal static readonly string[] TableColumns =
    [
        "RegionCode", "Year", "Id", "Lineage", "Version", "Revision", "IsCurrent", "State", "UnitId", "DepartmentId", "DocumentId", "Kind", "ProjectName",
        "UnitName", "DepartmentName", "ModelJson", "Grade", "Errors", "Warnings", "LastComment", "CreatedAt", "UpdatedAt", "PublishedAt", "ReviewJson",
    ];

    internal static readonly string[] IndicatorColumns = ["RegionCode", "Year", "TableId", "Index", "Name", "Level1", "Level2"];

    internal static readonly string[] AuditColumns = ["RegionCode", "Year", "Id", "TableId", "Lineage", "Action", "UserId", "UserName", "At", "Comment", "Before", "After"];

    /// <summary>
    /// Reviews the table and builds its rows: exchange JSON without diagnostics, grade and counts, searchable facts, one
    /// row per indicator — what TableService.Store computes. <paramref name="source"/> names the file in the audit trail.
    /// </summary>
    public static BulkTable Prepare(TargetTable table, BulkPlacement p, Profile profile, string? source = null) =>
        Prepare(table, p, profile, profile == Profile.National ? Tables.ReviewStamp.National : null, source);

    /// <summary>As above; the review is stored with the table under <paramref name="stamp"/>, or not at all when it is null (it is then made when the table is read).</summary>
    public static BulkTable Prepare(TargetTable table, BulkPlacement p, Profile profile, Tables.ReviewStamp? stamp, string? source = null)
    {
        var t = table with { Year = table.Year ?? p.Year };
        var review = Reviewer.Review(t, [t], profile);
        var json = ExchangeWriter.ToJson(t);
        json.Remove("diagnostics");
        var record = new TableRecord
        {
            RegionCode = p.RegionCode, Year = t.Year!.Value, Lineage = Guid.NewGuid(), State = p.State, UnitId = p.Unit.Id, DepartmentId = p.Department.Id,
            Kind = t.Kind == TableKind.Department ? "department" : "project",
            ProjectName = t.ProjectName ?? (t.Kind == TableKind.Department ? $"{t.Unit ?? p.Unit.Name}（部门整体）" : null),
            UnitName = p.Unit.Name, DepartmentName = p.Department.Name, ModelJson = Tables.StoredJson.Write(json),
            Grade = review.Grade.ToChinese(), Errors = review.Errors, Warnings = review.Warnings,
            CreatedAt = p.Now, UpdatedAt = p.Now, PublishedAt = p.State == TableState.Published ? p.Now : null,
            ReviewJson = stamp is null ? null : Tables.StoredReview.Write(review, stamp),
        };
        var indicators = new IndicatorRecord[t.Indicators.Count];
        for (var k = 0; k < indicators.Length; k++)
        {
            var i = t.Indicators[k];
            indicators[k] = new IndicatorRecord
            {
                RegionCode = record.RegionCode, Year = record.Year, TableId = record.Id, Index = k, Name = i.Name, Level1 = i.Level1?.Name(), Level2 = i.Level2?.Name(),
            };
        }
        var audit = new AuditEvent
        {
            RegionCode = record.RegionCode, Year = record.Year, TableId = record.Id, Lineage = record.Lineage, Action = "import", UserId = p.UserId,
            UserName = p.UserName, At = p.Now, Comment = source is null ? "批量导入" : $"从“{Path.GetFileName(source)}”批量导入",
        };
        return new BulkTable(record, indicators, audit);
    }

    /// <summary>Stores the tables, all or none; returns the number of indicator rows written.</summary>
    public static Task<long> Store(JixiaoDb db, IReadOnlyList<BulkTable> tables, CancellationToken ct = default) => Store(db, tables, Target.App, ct);

    internal static async Task<long> Store(JixiaoDb db, IReadOnlyList<BulkTable> tables, Target target, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is not null)
            throw new InvalidOperationException("A bulk import runs in a transaction of its own.");
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            return db.Database.GetDbConnection() switch
            {
                SqliteConnection c => StoreSqlite(c, tables, target),
                NpgsqlConnection c => StorePostgres(c, tables, target),
                var c => throw new NotSupportedException($"Bulk import does not know {c.GetType().Name}."),
            };
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    // ---- SQLite: one transaction, prepared multi-row INSERT commands reused for every batch of rows ------------------

    // Rows per INSERT statement. A statement that fires a trigger runs in a statement savepoint, and FTS5 writes its
    // pending index entries out at every savepoint: one row per statement made one tiny index segment per row, to be
    // merged again and again, and the search index cost four times the rest of the import. A thousand rows per
    // statement make few, large segments (measured: 16 → 1,024 rows per statement, 1.6× the rows per second).
    private const int IndicatorsPerStatement = 1024;
    private const int TablesPerStatement = 256;

    private static long StoreSqlite(SqliteConnection c, IReadOnlyList<BulkTable> tables, Target target)
    {
        // BEGIN IMMEDIATE: take the write lock now rather than fail half-way when another writer holds it.
        using var tx = c.BeginTransaction(deferred: false);
        using var table = new Batched(c, target.Tables, TableColumns, TablesPerStatement);
        using var indicator = new Batched(c, target.Indicators, IndicatorColumns, IndicatorsPerStatement);
        using var audit = new Batched(c, target.AuditEvents, AuditColumns, TablesPerStatement);
        long rows = 0;
        foreach (var b in InKeyOrder(tables))
        {
            var r = b.Record;
            table.Add(r.RegionCode, r.Year, Text(r.Id), Text(r.Lineage), r.Version, r.Revision, r.IsCurrent, r.State.ToString(), Text(r.UnitId), Text(r.DepartmentId),
                Text(r.DocumentId), r.Kind, r.ProjectName, r.UnitName, r.DepartmentName, r.ModelJson, r.Grade, r.Errors, r.Warnings, r.LastComment,
                Text(r.CreatedAt), Text(r.UpdatedAt), Text(r.PublishedAt), r.ReviewJson);
            var id = Text(r.Id);
            foreach (var i in b.Indicators)
            {
                indicator.Add(i.RegionCode, i.Year, id, i.Index, i.Name, i.Level1, i.Level2);
                rows++;
            }
            var a = b.Audit;
            audit.Add(a.RegionCode, a.Year, Text(a.Id), Text(a.TableId), Text(a.Lineage), a.Action, Text(a.UserId), a.UserName, Text(a.At), a.Comment, a.Before, a.After);
        }
        table.Flush();
        indicator.Flush();
        audit.Flush();
        tx.Commit();
        return rows;
    }

    /// <summary>
    /// The tables in the order of their keys (region, year, id as stored — an upper-case Guid's text sorts as its
    /// bytes, which is PostgreSQL's uuid order too), so that each key index grows at a few places instead of all over.
    /// </summary>
    private static IEnumerable<BulkTable> InKeyOrder(IReadOnlyList<BulkTable> tables) =>
        tables.OrderBy(t => t.Record.RegionCode, StringComparer.Ordinal).ThenBy(t => t.Record.Year).ThenBy(t => Text(t.Record.Id), StringComparer.Ordinal);

    /// <summary>
    /// An INSERT of <c>rows</c> rows at once, prepared once on the connection and bound by position for each batch;
    /// a partial last batch goes row by row. It uses the SQLite handle directly: the ADO.NET command looks every
    /// parameter up by name on every execution, which for hundreds of parameters costs more than the insert.
    /// </summary>
    private sealed class Batched : IDisposable
    {
        private readonly sqlite3 handle;
        private readonly sqlite3_stmt many;
        private readonly sqlite3_stmt one;
        private readonly int width;
        private readonly int rows;
        private readonly object?[] pending;
        private int filled;

        public Batched(SqliteConnection c, string name, string[] columns, int rows)
        {
            handle = c.Handle!;
            width = columns.Length;
            this.rows = rows;
            pending = new object?[rows * width];
            many = Prepare(name, columns, rows);
            one = Prepare(name, columns, 1);
        }

        public void Add(params ReadOnlySpan<object?> values)
        {
            values.CopyTo(pending.AsSpan(filled * width));
            if (++filled < rows) return;
            Run(many, pending);
            filled = 0;
        }

        public void Flush()
        {
            for (var r = 0; r < filled; r++) Run(one, pending.AsSpan(r * width, width));
            filled = 0;
        }

        public void Dispose()
        {
            many.Dispose();
            one.Dispose();
        }

        private void Run(sqlite3_stmt stmt, ReadOnlySpan<object?> values)
        {
            for (var k = 0; k < values.Length; k++)
            {
                var rc = values[k] switch
                {
                    null => raw.sqlite3_bind_null(stmt, k + 1),
                    string v => raw.sqlite3_bind_text(stmt, k + 1, v),
                    int v => raw.sqlite3_bind_int(stmt, k + 1, v),
                    bool v => raw.sqlite3_bind_int(stmt, k + 1, v ? 1 : 0),
                    var v => throw new NotSupportedException($"Bulk import binds no {v.GetType().Name}."),
                };
                Check(rc);
            }
            var step = raw.sqlite3_step(stmt);
            raw.sqlite3_reset(stmt);
            if (step != raw.SQLITE_DONE) Check(step);
        }

        private sqlite3_stmt Prepare(string name, string[] columns, int rows)
        {
            var values = Enumerable.Range(0, rows).Select(_ => "(" + string.Join(", ", columns.Select(_ => "?")) + ")");
            var sql = $"INSERT INTO \"{name}\" ({string.Join(", ", columns.Select(x => $"\"{x}\""))}) VALUES {string.Join(", ", values)}";
            Check(raw.sqlite3_prepare_v2(handle, sql, out var stmt));
            return stmt;
        }

        private void Check(int rc)
        {
            if (rc is not (raw.SQLITE_OK or raw.SQLITE_DONE)) SqliteException.ThrowExceptionForRC(rc, handle);
        }
    }

    // EF Core's SQLite provider stores a Guid as upper-case text and a DateTime as text to the tick; the search index
    // copies the text of the key, so the bulk rows must be the same text, not whatever the driver would choose.
    private static string Text(Guid g) => g.ToString().ToUpperInvariant();

    private static string? Text(Guid? g) => g is { } v ? Text(v) : null;

    private static string Text(DateTime d) => d.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", System.Globalization.CultureInfo.InvariantCulture);

    private static string? Text(DateTime? d) => d is { } v ? Text(v) : null;

    // ---- PostgreSQL: binary COPY of the three tables in one transaction ----------------------------------------------
    // Synchronous: an await per value would cost more than the copy itself.

    private static long StorePostgres(NpgsqlConnection c, IReadOnlyList<BulkTable> tables, Target target)
    {
        var ordered = InKeyOrder(tables).ToList();
        using var tx = c.BeginTransaction();
        using (var w = c.BeginBinaryImport(Copy(target.Tables, TableColumns)))
        {
            foreach (var b in ordered)
            {
                var r = b.Record;
                w.StartRow();
                w.Write(r.RegionCode, NpgsqlDbType.Varchar);
                w.Write(r.Year, NpgsqlDbType.Integer);
                w.Write(r.Id, NpgsqlDbType.Uuid);
                w.Write(r.Lineage, NpgsqlDbType.Uuid);
                w.Write(r.Version, NpgsqlDbType.Integer);
                w.Write(r.Revision, NpgsqlDbType.Integer);
                w.Write(r.IsCurrent, NpgsqlDbType.Boolean);
                w.Write(r.State.ToString(), NpgsqlDbType.Varchar);
                w.Write(r.UnitId, NpgsqlDbType.Uuid);
                w.Write(r.DepartmentId, NpgsqlDbType.Uuid);
                Nullable(w, r.DocumentId, NpgsqlDbType.Uuid);
                w.Write(r.Kind, NpgsqlDbType.Varchar);
                Nullable(w, r.ProjectName, NpgsqlDbType.Varchar);
                Nullable(w, r.UnitName, NpgsqlDbType.Varchar);
                Nullable(w, r.DepartmentName, NpgsqlDbType.Varchar);
                w.Write(r.ModelJson, NpgsqlDbType.Text);
                w.Write(r.Grade, NpgsqlDbType.Varchar);
                w.Write(r.Errors, NpgsqlDbType.Integer);
                w.Write(r.Warnings, NpgsqlDbType.Integer);
                Nullable(w, r.LastComment, NpgsqlDbType.Text);
                w.Write(r.CreatedAt, NpgsqlDbType.TimestampTz);
                w.Write(r.UpdatedAt, NpgsqlDbType.TimestampTz);
                Nullable(w, r.PublishedAt, NpgsqlDbType.TimestampTz);
                Nullable(w, r.ReviewJson, NpgsqlDbType.Text);
            }
            w.Complete();
        }
        long rows = 0;
        using (var w = c.BeginBinaryImport(Copy(target.Indicators, IndicatorColumns)))
        {
            foreach (var b in ordered)
            {
                foreach (var i in b.Indicators)
                {
                    w.StartRow();
                    w.Write(i.RegionCode, NpgsqlDbType.Varchar);
                    w.Write(i.Year, NpgsqlDbType.Integer);
                    w.Write(i.TableId, NpgsqlDbType.Uuid);
                    w.Write(i.Index, NpgsqlDbType.Integer);
                    Nullable(w, i.Name, NpgsqlDbType.Varchar);
                    Nullable(w, i.Level1, NpgsqlDbType.Varchar);
                    Nullable(w, i.Level2, NpgsqlDbType.Varchar);
                    rows++;
                }
            }
            w.Complete();
        }
        using (var w = c.BeginBinaryImport(Copy(target.AuditEvents, AuditColumns)))
        {
            foreach (var b in ordered)
            {
                var a = b.Audit;
                w.StartRow();
                w.Write(a.RegionCode, NpgsqlDbType.Varchar);
                w.Write(a.Year, NpgsqlDbType.Integer);
                w.Write(a.Id, NpgsqlDbType.Uuid);
                Nullable(w, a.TableId, NpgsqlDbType.Uuid);
                Nullable(w, a.Lineage, NpgsqlDbType.Uuid);
                w.Write(a.Action, NpgsqlDbType.Varchar);
                Nullable(w, a.UserId, NpgsqlDbType.Uuid);
                Nullable(w, a.UserName, NpgsqlDbType.Varchar);
                w.Write(a.At, NpgsqlDbType.TimestampTz);
                Nullable(w, a.Comment, NpgsqlDbType.Text);
                Nullable(w, a.Before, NpgsqlDbType.Text);
                Nullable(w, a.After, NpgsqlDbType.Text);
            }
            w.Complete();
        }
        tx.Commit();
        return rows;
    }

    private static string Copy(string name, string[] columns) =>
        $"COPY \"{name}\" ({string.Join(", ", columns.Select(x => $"\"{x}\""))}) FROM STDIN (FORMAT BINARY)";

    private static void Nullable<T>(NpgsqlBinaryImporter w, T? value, NpgsqlDbType type) where T : class
    {
        if (value is null) w.WriteNull();
        else w.Write(value, type);
    }

    private static void Nullable<T>(NpgsqlBinaryImporter w, T? value, NpgsqlDbType type) where T : struct
    {
        if (value is { } v) w.Write(v, type);
        else w.WriteNull();
    }
}
