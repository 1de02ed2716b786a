using System.Text.Json;
using Jixiao.Checks;
using Jixiao.Diagnostics;
using Jixiao.Monitoring;
using Jixiao.Profiles;
using Jixiao.Web.Data;
using Jixiao.Web.Data.Entities;
using Jixiao.Web.Pages.Tables;
using Jixiao.Web.Tables;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Pages;

/// <summary>
/// Statistics over the tables the caller sees, per department: findings by check (each table re-reviewed from its
/// stored model), grade distribution, the latest monitoring light of each approved table, and counts per department.
/// Chart options are built here as JSON; site.js draws them.
/// </summary>
public sealed class DashboardModel(JixiaoDb db, TableService service) : JixiaoPage
{
    /// <summary>More tables than this are not re-reviewed on one page load; the page says so.</summary>
    public const int MaxTables = 1000;

    public sealed record DepartmentRow(string Name, int Tables, int InReview, int Approved, int Excellent, int Good, int Fair, int Poor, int Errors, int Warnings, int Red, int Yellow);

    public sealed record MonitoredRow(TableRecord Table, Light? Light, int? Month, decimal? BudgetProgress, DateTime? At);

    public sealed record CheckRow(string Code, string Title, int Errors, int Warnings, int Infos, int Tables)
    {
        public int Total => Errors + Warnings + Infos;
    }

    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? Department { get; set; }

    public List<int> Years { get; private set; } = [];
    public List<string> Departments { get; private set; } = [];
    public List<DepartmentRow> DepartmentRows { get; private set; } = [];
    public List<CheckRow> Checks { get; private set; } = [];
    public List<MonitoredRow> Monitored { get; private set; } = [];
    public int TableCount { get; private set; }
    public int FindingCount { get; private set; }
    public decimal? AverageScore { get; private set; }
    public bool Truncated { get; private set; }
    public string FindingsChart { get; private set; } = "";
    public int FindingsChartHeight { get; private set; } = 260;
    public string GradeChart { get; private set; } = "";
    public string LightChart { get; private set; } = "";

    private static readonly string[] GradeNames = ["优", "良", "中", "差"];
    private static readonly Dictionary<string, string> GradeColours = new() { ["优"] = "#2f855a", ["良"] = "#2b6cb0", ["中"] = "#b7791f", ["差"] = "#c0392b" };

    public async Task OnGetAsync(CancellationToken ct)
    {
        var all = TablesApi.Visible(db, Me!, null, null);
        Years = await all.Select(t => t.Year).Distinct().OrderByDescending(y => y).ToListAsync(ct);
        var inYear = TablesApi.Visible(db, Me!, Year, null);
        Departments = (await inYear.Select(t => t.DepartmentName).Distinct().ToListAsync(ct)).OfType<string>().Order().ToList();
        var rows = await inYear.OrderBy(t => t.DepartmentName).ThenBy(t => t.UnitName).ThenBy(t => t.ProjectName).Take(MaxTables + 1).ToListAsync(ct);
        Truncated = rows.Count > MaxTables;
        if (Truncated) rows.RemoveAt(rows.Count - 1);

        var reviews = rows.ToDictionary(t => t.Id, t => service.Review(TableService.Model(t)));
        var ids = rows.Select(t => t.Id).ToList();
        var latest = (await db.Entries.Where(e => e.RegionCode == Me!.RegionCode && e.Kind == MonitoringModel.Kind && ids.Contains(e.TableId))
                .Select(e => new { e.TableId, e.Month, e.CreatedAt, e.ResultJson }).ToListAsync(ct))
            .GroupBy(e => e.TableId).ToDictionary(g => g.Key, g => g.OrderByDescending(e => e.CreatedAt).First());
        var approved = rows.Where(t => t.State is TableState.FinanceApproved or TableState.Published).ToList();
        var monitored = approved.Select(t =>
        {
            if (!latest.TryGetValue(t.Id, out var e)) return new MonitoredRow(t, null, null, null, null);
            var m = e.ResultJson is null ? null : System.Text.Json.Nodes.JsonNode.Parse(e.ResultJson)?["monitoring"];
            return new MonitoredRow(t, LightView.Parse(m?["light"]?.GetValue<string>()), e.Month, m?["budgetProgressPercent"]?.GetValue<decimal?>(), e.CreatedAt);
        }).ToList();

        DepartmentRows = rows.GroupBy(t => t.DepartmentName ?? "（未填写部门）").OrderBy(g => g.Key).Select(g =>
        {
            var grades = g.Select(t => reviews[t.Id].Grade).ToList();
            var lights = monitored.Where(m => (m.Table.DepartmentName ?? "（未填写部门）") == g.Key).Select(m => m.Light).ToList();
            return new DepartmentRow(g.Key, g.Count(),
                g.Count(t => t.State is TableState.Submitted or TableState.DepartmentApproved),
                g.Count(t => t.State is TableState.FinanceApproved or TableState.Published),
                grades.Count(x => x == Grade.Excellent), grades.Count(x => x == Grade.Good), grades.Count(x => x == Grade.Fair), grades.Count(x => x == Grade.Poor),
                g.Sum(t => reviews[t.Id].Errors), g.Sum(t => reviews[t.Id].Warnings),
                lights.Count(l => l == Light.Red), lights.Count(l => l == Light.Yellow));
        }).ToList();

        // The charts and the monitoring list are for the chosen department, or all.
        var chosen = string.IsNullOrEmpty(Department) ? rows : rows.Where(t => t.DepartmentName == Department).ToList();
        Monitored = monitored.Where(m => string.IsNullOrEmpty(Department) || m.Table.DepartmentName == Department)
            .OrderByDescending(m => m.Light.HasValue).ThenByDescending(m => m.Light).ThenBy(m => m.Table.UnitName).ToList();
        TableCount = chosen.Count;
        FindingCount = chosen.Sum(t => reviews[t.Id].Findings.Count);
        AverageScore = chosen.Count == 0 ? null : Math.Round(chosen.Average(t => reviews[t.Id].Score), 1);

        var titles = CheckCatalogue.All.ToDictionary(c => c.Code, c => c.Title);
        Checks = chosen.SelectMany(t => reviews[t.Id].Findings.Select(f => (Table: t.Id, f.Code, f.Severity)))
            .GroupBy(f => f.Code)
            .Select(g => new CheckRow(g.Key, titles.GetValueOrDefault(g.Key) ?? "读取提示",
                g.Count(f => f.Severity == Severity.Error), g.Count(f => f.Severity == Severity.Warning), g.Count(f => f.Severity == Severity.Info), g.Select(f => f.Table).Distinct().Count()))
            .OrderByDescending(c => c.Total).ThenBy(c => c.Code).ToList();

        var labels = Checks.Select(c => $"{c.Code} {c.Title}").ToList();
        FindingsChartHeight = Math.Max(220, 26 * Checks.Count + 70);
        FindingsChart = JsonSerializer.Serialize(new
        {
            baseOption = new
            {
                tooltip = new { trigger = "axis", axisPointer = new { type = "shadow" } },
                legend = new { top = 0 },
                grid = new { left = 8, right = 24, top = 30, bottom = 8, containLabel = true },
                xAxis = new { type = "value", minInterval = 1 },
                yAxis = new { type = "category", inverse = true, data = labels, axisLabel = new { width = 190, overflow = "truncate" } },
                series = new[]
                {
                    Stack("错误", "#c0392b", Checks.Select(c => c.Errors)),
                    Stack("警告", "#d69e2e", Checks.Select(c => c.Warnings)),
                    Stack("提示", "#4299e1", Checks.Select(c => c.Infos)),
                },
            },
            // On a phone the check titles give way to the bars.
            media = new[] { new { query = new { maxWidth = 500 }, option = new { yAxis = new { axisLabel = new { width = 96 } } } } },
        });

        var grades = chosen.GroupBy(t => reviews[t.Id].Grade.ToChinese()).ToDictionary(g => g.Key, g => g.Count());
        GradeChart = JsonSerializer.Serialize(new
        {
            tooltip = new { trigger = "item", formatter = "{b}：{c} 张（{d}%）" },
            legend = new { bottom = 0 },
            series = new[]
            {
                new
                {
                    type = "pie", radius = new[] { "42%", "68%" }, center = new[] { "50%", "45%" },
                    label = new { formatter = "{b} {c}" },
                    data = GradeNames.Where(grades.ContainsKey).Select(g => new { name = g, value = grades[g], itemStyle = new { color = GradeColours[g] } }),
                },
            },
        });

        var order = new (Light? Light, string Name)[] { (Light.Red, "红灯"), (Light.Yellow, "黄灯"), (Light.Blue, "蓝灯"), (Light.Green, "绿灯"), (null, "未监控") };
        LightChart = JsonSerializer.Serialize(new
        {
            tooltip = new { trigger = "axis", axisPointer = new { type = "shadow" } },
            grid = new { left = 8, right = 16, top = 16, bottom = 8, containLabel = true },
            xAxis = new { type = "category", data = order.Select(o => o.Name) },
            yAxis = new { type = "value", minInterval = 1 },
            series = new[]
            {
                new
                {
                    type = "bar", name = "表数", barMaxWidth = 48, label = new { show = true, position = "top" },
                    data = order.Select(o => new { value = Monitored.Count(m => m.Light == o.Light), itemStyle = new { color = LightView.Colour(o.Light) } }),
                },
            },
        });
    }

    private static object Stack(string name, string colour, IEnumerable<int> data) =>
        new { type = "bar", name, stack = "findings", barMaxWidth = 18, itemStyle = new { color = colour }, data };

    public string Link(string? department) =>
        QueryString.Create(new Dictionary<string, string?> { ["year"] = Year?.ToString(System.Globalization.CultureInfo.InvariantCulture), ["department"] = department }
            .Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();
}
