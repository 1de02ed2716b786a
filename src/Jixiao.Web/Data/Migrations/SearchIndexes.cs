using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Jixiao.Web.Data.Migrations;

/// <summary>
/// Substring search over project and indicator names that stays fast at a province's scale (millions of
/// indicators): SQLite FTS5 tables with the trigram tokenizer, kept in step by triggers; PostgreSQL trigram (pg_trgm)
/// GIN indexes that serve LIKE '%…%'.
/// </summary>
[DbContext(typeof(JixiaoDb))]
[Migration("20261122000002_SearchIndexes")]
public sealed class SearchIndexes : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        if (m.ActiveProvider == "Microsoft.EntityFrameworkCore.Sqlite")
        {
            foreach (var (fts, table, column) in new[] { ("search_indicators", "indicators", "Name"), ("search_projects", "target_tables", "ProjectName") })
            {
                var id = table == "indicators" ? "TableId" : "Id";
                m.Sql($"CREATE VIRTUAL TABLE {fts} USING fts5(text, table_id UNINDEXED, tokenize='trigram');");
                m.Sql($"INSERT INTO {fts}(rowid, text, table_id) SELECT rowid, \"{column}\", \"{id}\" FROM {table} WHERE \"{column}\" IS NOT NULL;");
                m.Sql($"CREATE TRIGGER {fts}_ai AFTER INSERT ON {table} WHEN new.\"{column}\" IS NOT NULL BEGIN INSERT INTO {fts}(rowid, text, table_id) VALUES (new.rowid, new.\"{column}\", new.\"{id}\"); END;");
                m.Sql($"CREATE TRIGGER {fts}_ad AFTER DELETE ON {table} BEGIN DELETE FROM {fts} WHERE rowid = old.rowid; END;");
                m.Sql($"CREATE TRIGGER {fts}_au AFTER UPDATE OF \"{column}\" ON {table} BEGIN DELETE FROM {fts} WHERE rowid = old.rowid; INSERT INTO {fts}(rowid, text, table_id) SELECT new.rowid, new.\"{column}\", new.\"{id}\" WHERE new.\"{column}\" IS NOT NULL; END;");
            }
        }
        else if (m.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL")
        {
            m.Sql("CREATE EXTENSION IF NOT EXISTS pg_trgm;");
            m.Sql("CREATE INDEX \"IX_indicators_Name_trgm\" ON indicators USING gin (\"Name\" gin_trgm_ops);");
            m.Sql("CREATE INDEX \"IX_target_tables_ProjectName_trgm\" ON target_tables USING gin (\"ProjectName\" gin_trgm_ops);");
        }
    }

    protected override void Down(MigrationBuilder m)
    {
        if (m.ActiveProvider == "Microsoft.EntityFrameworkCore.Sqlite")
        {
            foreach (var fts in new[] { "search_indicators", "search_projects" })
            {
                foreach (var suffix in new[] { "ai", "ad", "au" }) m.Sql($"DROP TRIGGER IF EXISTS {fts}_{suffix};");
                m.Sql($"DROP TABLE IF EXISTS {fts};");
            }
        }
        else if (m.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL")
        {
            m.Sql("DROP INDEX IF EXISTS \"IX_indicators_Name_trgm\";");
            m.Sql("DROP INDEX IF EXISTS \"IX_target_tables_ProjectName_trgm\";");
        }
    }
}
