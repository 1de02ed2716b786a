using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Jixiao.Web.Data.Migrations;

/// <summary>
/// PostgreSQL: the stored JSON of tables and of the audit trail is compressed with lz4 instead of the default pglz,
/// where the server has lz4 (PostgreSQL 14 and later, as packaged by Debian and the PostgreSQL project). pglz spent
/// more time compressing a province's bulk import than COPY spent on everything else; lz4 compresses several times
/// faster and decompresses faster for every read. Values already stored keep their compression. SQLite: nothing.
/// </summary>
[DbContext(typeof(JixiaoDb))]
[Migration("20261125000001_JsonCompression")]
public sealed class JsonCompression : Migration
{
    private static readonly (string Table, string Column)[] Columns =
        [("target_tables", "ModelJson"), ("audit_events", "Before"), ("audit_events", "After")];

    protected override void Up(MigrationBuilder m) => Set(m, "lz4");

    protected override void Down(MigrationBuilder m) => Set(m, "default");

    private static void Set(MigrationBuilder m, string method)
    {
        if (m.ActiveProvider != "Npgsql.EntityFrameworkCore.PostgreSQL") return;
        var alter = string.Concat(Columns.Select(c => $"ALTER TABLE {c.Table} ALTER COLUMN \"{c.Column}\" SET COMPRESSION {method}; "));
        m.Sql($"""
            DO $$
            BEGIN
                IF EXISTS (SELECT 1 FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4' = ANY (enumvals)) THEN
                    {alter}
                END IF;
            END $$;
            """);
    }
}
