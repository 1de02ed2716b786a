using Jixiao.Web.Data;
using Jixiao.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Tables;

/// <summary>
/// Search over project and indicator names.
/// <para>
/// Wide searches (a finance bureau's whole region, the public pages) go through the trigram indexes of the
/// SearchIndexes migration — FTS5 MATCH on SQLite, ILIKE served by pg_trgm on PostgreSQL — and take at most
/// <see cref="Cap"/> matching indicators and as many matching project names, the most recently stored first. A common
/// fragment (满意度) matches nearly every table of a province; listing and counting all of them took seconds, so such a
/// search shows the most recent matches and says that it was limited (<see cref="Result.Limited"/>).
/// </para>
/// <para>
/// Narrow searches (a unit's or a department's own tables) and terms shorter than three characters, which no trigram
/// index serves, scan the names of the tables already chosen: exact, and cheap because the tables are few.
/// </para>
/// </summary>
public static class Search
{
    /// <summary>The most matching indicators (and, apart, project names) a wide search looks at.</summary>
    public const int Cap = 1000;

    /// <summary>The matching tables; <see cref="Limited"/> when a wide search stopped at <see cref="Cap"/> matches.</summary>
    public sealed record Result(IQueryable<TableRecord> Query, bool Limited);

    public static async Task<Result> Matching(JixiaoDb db, IQueryable<TableRecord> query, string term, bool wide, CancellationToken ct = default)
    {
        term = term.Trim();
        if (!wide || term.Length < 3 || !(db.Database.IsSqlite() || db.Database.IsNpgsql())) return new Result(Scan(db, query, term), false);
        if (db.Database.IsSqlite())
        {
            var phrase = "\"" + term.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
            // FTS5 walks a match's rowids in descending order without sorting, and stops at the LIMIT.
            const string indicators = "SELECT table_id FROM search_indicators WHERE search_indicators MATCH {0} ORDER BY rowid DESC LIMIT {1}";
            const string projects = "SELECT table_id FROM search_projects WHERE search_projects MATCH {0} ORDER BY rowid DESC LIMIT {1}";
            var limited = await Count(db, indicators, phrase) >= Cap || await Count(db, projects, phrase) >= Cap;
            // table_id holds the key exactly as stored, so the comparison is text to text and uses the key. A join, not
            // "Id IN (…)": SQLite then starts from the matches and looks each table up by its key. The UNION gives each
            // id once, so the join adds no row twice.
            var ids = db.Database.SqlQueryRaw<Guid>(
                $"SELECT table_id AS \"Value\" FROM ({indicators}) UNION SELECT table_id FROM ({projects})", phrase, Cap);
            return new Result(query.Join(ids, t => t.Id, id => id, (t, _) => t), limited);
        }
        else
        {
            var pattern = "%" + term.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            const string indicators = "SELECT \"TableId\" AS id FROM indicators WHERE \"Name\" ILIKE {0} LIMIT {1}";
            const string projects = "SELECT \"Id\" AS id FROM target_tables WHERE \"ProjectName\" ILIKE {0} LIMIT {1}";
            var limited = await Count(db, indicators, pattern) >= Cap || await Count(db, projects, pattern) >= Cap;
            var ids = db.Database.SqlQueryRaw<Guid>(
                $"SELECT id AS \"Value\" FROM ({indicators}) i UNION SELECT id FROM ({projects}) p", pattern, Cap);
            return new Result(query.Join(ids, t => t.Id, id => id, (t, _) => t), limited);
        }
    }

    /// <summary>How many rows the bounded match <paramref name="sql"/> gives (at most <see cref="Cap"/>).</summary>
    private static Task<int> Count(JixiaoDb db, string sql, string term) =>
        // sql is one of this class's constant queries; the term goes in as a parameter.
        db.Database.SqlQueryRaw<int>(string.Concat("SELECT count(*) AS \"Value\" FROM (", sql, ") m"), term, Cap).SingleAsync();

    /// <summary>The tables of <paramref name="query"/> whose project or an indicator name holds the term: a scan of those tables only.</summary>
    private static IQueryable<TableRecord> Scan(JixiaoDb db, IQueryable<TableRecord> query, string term)
    {
        if (db.Database.IsNpgsql())
        {
            var pattern = "%" + term.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            return query.Where(t => (t.ProjectName != null && EF.Functions.ILike(t.ProjectName, pattern))
                                    || db.Indicators.Any(i => i.RegionCode == t.RegionCode && i.Year == t.Year && i.TableId == t.Id && i.Name != null && EF.Functions.ILike(i.Name, pattern)));
        }
        return query.Where(t => (t.ProjectName != null && t.ProjectName.Contains(term))
                                || db.Indicators.Any(i => i.RegionCode == t.RegionCode && i.Year == t.Year && i.TableId == t.Id && i.Name != null && i.Name.Contains(term)));
    }
}
