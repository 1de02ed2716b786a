using Jixiao.Web.Data;
using Jixiao.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Tables;

/// <summary>
/// Search over project and indicator names through the trigram indexes (SearchIndexes migration): FTS5 MATCH on
/// SQLite, LIKE served by pg_trgm on PostgreSQL. Terms shorter than three characters cannot use a trigram index and
/// fall back to a plain substring scan.
/// </summary>
public static class Search
{
    public static IQueryable<TableRecord> Matching(JixiaoDb db, IQueryable<TableRecord> query, string term)
    {
        term = term.Trim();
        if (db.Database.IsSqlite() && term.Length >= 3)
        {
            var phrase = "\"" + term.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
            // table_id holds the key exactly as stored, so the comparison is text to text and uses the primary key.
            var ids = db.Database.SqlQueryRaw<Guid>(
                "SELECT table_id AS \"Value\" FROM search_indicators WHERE search_indicators MATCH {0} UNION SELECT table_id FROM search_projects WHERE search_projects MATCH {0}", phrase);
            // A join, not "Id IN (…)": SQLite then starts from the matches and looks each table up by its key. With IN it
            // walked every table of the region instead, reading each (JSON and all): 1 s per search at 200,000 tables
            // whatever the term. The UNION gives each id once, so the join adds no row twice.
            return query.Join(ids, t => t.Id, id => id, (t, _) => t);
        }
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
