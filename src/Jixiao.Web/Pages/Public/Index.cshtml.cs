using Jixiao.Web.Data;
using Jixiao.Web.Data.Entities;
using Jixiao.Web.Tables;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Pages.Public;

/// <summary>Published tables for everyone, without signing in: by region, department and year, with search and downloads.</summary>
public sealed class IndexModel(JixiaoDb db) : JixiaoPage
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)] public string? Region { get; set; }
    [BindProperty(SupportsGet = true)] public string? Department { get; set; }
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public List<TableRecord> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int Pages { get; private set; }
    public List<Region> Regions { get; private set; } = [];
    public List<string> Departments { get; private set; } = [];
    /// <summary>The search matched so much that only its most recent matches are listed (<see cref="Search.Cap"/>).</summary>
    public bool Limited { get; private set; }
    public List<int> Years { get; private set; } = [];

    /// <summary>The filters as a query string for the list downloads (which filter by region, year and department).</summary>
    public string DownloadQuery =>
        QueryString.Create(new Dictionary<string, string?> { ["region"] = Region, ["year"] = Year?.ToString(System.Globalization.CultureInfo.InvariantCulture), ["department"] = Department }
            .Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();

    public string PageLink(int p) =>
        QueryString.Create(new Dictionary<string, string?> { ["region"] = Region, ["department"] = Department, ["year"] = Year?.ToString(System.Globalization.CultureInfo.InvariantCulture), ["q"] = Q, ["p"] = p.ToString(System.Globalization.CultureInfo.InvariantCulture) }
            .Where(x => !string.IsNullOrEmpty(x.Value))).ToUriComponent();

    public string RegionName(string code) => Regions.FirstOrDefault(r => r.Code == code)?.Name ?? code;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Regions = await db.Regions.OrderBy(r => r.Code).ToListAsync(ct);
        var all = Jixiao.Web.Public.PublicApi.Published(db, Region, null, null);
        Departments = (await all.Select(t => t.DepartmentName).Distinct().ToListAsync(ct)).OfType<string>().Order().ToList();
        Years = await all.Select(t => t.Year).Distinct().OrderByDescending(y => y).ToListAsync(ct);
        var q = Jixiao.Web.Public.PublicApi.Published(db, Region, Year, Department);
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var term = Q.Trim();
            var (found, limited) = await Search.Matching(db, q, term, wide: true, ct);
            Limited = limited;
            var matched = found.Select(t => t.Id);
            q = q.Where(t => matched.Contains(t.Id) || (t.UnitName != null && t.UnitName.Contains(term)));
        }
        Total = await q.CountAsync(ct);
        Pages = (Total + PageSize - 1) / PageSize;
        PageNumber = Math.Clamp(PageNumber, 1, Math.Max(1, Pages));
        Rows = await q.OrderByDescending(t => t.Year).ThenBy(t => t.DepartmentName).ThenBy(t => t.UnitName).ThenBy(t => t.ProjectName)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(ct);
    }
}
