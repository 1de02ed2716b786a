using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Jixiao.Web.Data.Migrations;

/// <summary>
/// Each table keeps its review (findings, score, grade and the stamp of the rules) beside its JSON, so that reading a
/// table need not run the checks again (Tables/StoredReview.cs). Tables stored before have none and are reviewed
/// when read, as before.
/// </summary>
[DbContext(typeof(JixiaoDb))]
[Migration("20261126000001_StoredReviews")]
public sealed class StoredReviews : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.AddColumn<string>("ReviewJson", "target_tables", nullable: true);
        // The review is read with the table and compressed like it (JsonCompression).
        if (m.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL")
            m.Sql("""
                DO $$
                BEGIN
                    IF EXISTS (SELECT 1 FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4' = ANY (enumvals)) THEN
                        ALTER TABLE target_tables ALTER COLUMN "ReviewJson" SET COMPRESSION lz4;
                    END IF;
                END $$;
                """);
    }

    protected override void Down(MigrationBuilder m) => m.DropColumn("ReviewJson", "target_tables");
}
