using Jixiao.Exchange;
using Jixiao.Model;
using Jixiao.Web.Data;
using Jixiao.Web.Data.Entities;
using Jixiao.Web.Tables;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Pages.Tables;

/// <summary>The versions of a table's lineage, its audit trail, and a field-by-field diff between two chosen versions.</summary>
public sealed class HistoryModel(TableService service, JixiaoDb db) : JixiaoPage
{
    /// <summary>The <c>from</c>/<c>to</c> value naming the table as it was imported, before any edit.</summary>
    public const string Imported = "import";

    /// <summary>One entry of the audit trail as shown: the change in words, and for an edit the fields it changed.</summary>
    public sealed record Entry(DateTime At, string Who, string Action, string? Comment, string? Change, IReadOnlyList<DiffRow>? Diff, string? Text);

    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }

    public TableRecord Record { get; private set; } = null!;
    public List<TableRecord> Versions { get; private set; } = [];
    public List<Entry> Trail { get; private set; } = [];
    /// <summary>What the diff can compare: (value, label), oldest first.</summary>
    public List<(string Value, string Label)> Choices { get; private set; } = [];
    public IReadOnlyList<DiffRow>? Diff { get; private set; }
    public string? FromLabel { get; private set; }
    public string? ToLabel { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var t = await service.Find(Me!, id, ct);
        if (t is null) return NotFound();
        Record = t;
        var lineage = await db.Tables.Where(x => x.RegionCode == t.RegionCode && x.Lineage == t.Lineage).OrderBy(x => x.Version).ToListAsync(ct);
        Versions = lineage.Where(x => Access.Sees(Me!, x)).ToList();
        // The trail covers every version of the lineage; only the events of versions the caller sees are shown, so that
        // a reviewer reading the approved version does not read the unit's draft of the next one through its history.
        var seen = Versions.Select(v => (Guid?)v.Id).ToHashSet();
        var events = await db.AuditEvents.Where(e => e.RegionCode == t.RegionCode && e.Lineage == t.Lineage).ToListAsync(ct);
        events = events.Where(e => seen.Contains(e.TableId)).OrderByDescending(e => e.At).ToList();
        var userIds = events.Select(e => e.UserId).OfType<Guid>().Distinct().ToList();
        var names = await db.Users.Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        var versionOf = lineage.ToDictionary(x => x.Id, x => x.Version);
        Trail = events.Select(e => Describe(e, names, versionOf)).ToList();

        // The content each choice stands for: every version the caller sees, and the first version as imported.
        var contents = Versions.ToDictionary(v => v.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), v => v.ModelJson);
        Choices = Versions.Select(v => (v.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), $"第 {v.Version} 版（{StateName(v.State)}）")).ToList();
        var import = events.LastOrDefault(e => e.Action == "import" && e.After is not null);
        if (import is not null && Versions.Any(v => v.Id == import.TableId))
        {
            contents[Imported] = import.After!;
            Choices.Insert(0, (Imported, "导入时的原始内容"));
        }
        var current = t.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var to = To is not null && contents.ContainsKey(To) ? To : current;
        var from = From is not null && contents.ContainsKey(From) ? From : DefaultFrom(to);
        (From, To) = (from, to);
        if (from is not null)
        {
            Diff = TableDiff.Compare(Read(contents[from]), Read(contents[to]));
            FromLabel = Choices.First(c => c.Value == from).Label;
            ToLabel = Choices.First(c => c.Value == to).Label;
        }
        return Page();
    }

    /// <summary>The version before <paramref name="to"/>, or the imported content when there is none.</summary>
    private string? DefaultFrom(string to)
    {
        var at = Choices.FindIndex(c => c.Value == to);
        return at > 0 ? Choices[at - 1].Value : null;
    }

    private static TargetTable Read(string json) => ExchangeReader.ReadTable(json).Table ?? new TargetTable();

    private static Entry Describe(AuditEvent e, Dictionary<Guid, string> names, Dictionary<Guid, int> versionOf)
    {
        var who = e.UserId is { } u && names.TryGetValue(u, out var n) ? n : e.UserName ?? "系统";
        var version = e.TableId is { } id && versionOf.TryGetValue(id, out var v) ? $"第 {v} 版" : null;
        var after = State(e.After);
        var action = e.Action switch
        {
            "import" => "导入",
            "edit" => "修改",
            "submit" => "送审",
            "approve" => after == TableState.FinanceApproved ? "财政审核通过" : "部门审核通过",
            "return" => "退回",
            "publish" => "公开",
            "adjust" => "调整",
            "monitoring" => "运行监控填报",
            "self-evaluation" => "绩效自评填报",
            var other => other,
        };
        if (version is not null) action += $"（{version}）";
        return e.Action switch
        {
            "edit" when e.Before is not null && e.After is not null => Edited(e, who, action),
            "import" => new Entry(e.At, who, action, e.Comment, Indicators(e.After), null, null),
            "monitoring" or "self-evaluation" => new Entry(e.At, who, action, e.Comment, null, null, e.After),
            _ => new Entry(e.At, who, action, e.Comment, Change(e.Before, e.After), null, null),
        };
    }

    private static Entry Edited(AuditEvent e, string who, string action)
    {
        var diff = TableDiff.Compare(Read(e.Before!), Read(e.After!));
        var places = diff.Select(d => d.Section == TableDiff.IndicatorsSection ? "指标" : d.Field).Distinct().ToList();
        var change = diff.Count == 0 ? "内容未变" : $"改动 {diff.Count} 处：{string.Join("、", places.Take(6))}{(places.Count > 6 ? " 等" : "")}";
        return new Entry(e.At, who, action, e.Comment, change, diff, null);
    }

    private static string? Indicators(string? json) => json is null ? null : $"{Read(json).Indicators.Count} 项指标";

    /// <summary>"Draft" → "草稿"; other texts with state names in them ("第 1 版（FinanceApproved）") get the Chinese names too.</summary>
    private static string? Change(string? before, string? after) =>
        before is null && after is null ? null : $"{Chinese(before) ?? "—"} → {Chinese(after) ?? "—"}";

    private static string? Chinese(string? s)
    {
        if (s is null) return null;
        foreach (var state in Enum.GetValues<TableState>()) s = s.Replace(state.ToString(), StateName(state), StringComparison.Ordinal);
        return s;
    }

    private static TableState? State(string? s) => Enum.TryParse<TableState>(s, out var v) ? v : null;
}
