using System.Text.Json;
using Jixiao.Framework;
using Jixiao.Model;
using Jixiao.Review;
using Jixiao.Values;
using Jixiao.Web.Data.Entities;
using Jixiao.Web.Tables;
using Microsoft.AspNetCore.Mvc;

namespace Jixiao.Web.Pages.Tables;

/// <summary>A table as the official form with its findings beside it, linked to their rows, and the workflow actions the caller may take.</summary>
public sealed class ViewModel(TableService service) : JixiaoPage
{
    public TableRecord Record { get; private set; } = null!;
    public TargetTable Table { get; private set; } = null!;
    public TableReview Review { get; private set; } = null!;
    public May May { get; private set; } = Jixiao.Web.Tables.May.Nothing;
    public OfficialFormView Form { get; private set; } = null!;
    public string Level2Chart { get; private set; } = "";
    public string QuantifiedChart { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var t = await service.Find(Me!, id, ct);
        if (t is null) return NotFound();
        Load(t);
        return Page();
    }

    public Task<IActionResult> OnPostSubmitAsync(Guid id, CancellationToken ct) => Act(id, service.Submit(Me!, id, ct), "已送审，等待部门审核。");

    public Task<IActionResult> OnPostApproveAsync(Guid id, CancellationToken ct) => Act(id, service.Approve(Me!, id, ct), "已审核通过。");

    public Task<IActionResult> OnPostReturnAsync(Guid id, string? comment, CancellationToken ct) => Act(id, service.Return(Me!, id, comment, ct), "已退回，填报单位会看到你的意见。");

    public Task<IActionResult> OnPostPublishAsync(Guid id, CancellationToken ct) => Act(id, service.Publish(Me!, id, ct), "已公开，公众可以查询。");

    public async Task<IActionResult> OnPostAdjustAsync(Guid id, CancellationToken ct)
    {
        var outcome = await service.Adjust(Me!, id, null, ct);
        if (!outcome.Ok) { Problem = outcome.Error; return RedirectToPage(new { id }); }
        Notice = $"已生成第 {outcome.Table!.Version} 版草稿；已批复的版本保持不变。";
        return Redirect($"/tables/{outcome.Table.Id}");
    }

    private async Task<IActionResult> Act(Guid id, Task<TableService.Outcome> action, string done)
    {
        var outcome = await action;
        if (outcome.Ok) Notice = done;
        else Problem = outcome.Error;
        return RedirectToPage(new { id });
    }

    private void Load(TableRecord t)
    {
        Record = t;
        Table = TableService.Model(t);
        Review = service.Review(Table);
        May = Access.May(Me!, t);
        Form = OfficialFormView.Of(Table, Review.Findings);
        var byLevel2 = Table.Indicators.GroupBy(i => i.Level2?.Name() ?? "未分类").Select(g => new { name = g.Key, value = g.Count() }).ToList();
        Level2Chart = JsonSerializer.Serialize(new
        {
            title = new { text = "按二级指标", textStyle = new { fontSize = 13 } },
            tooltip = new { },
            grid = new { left = 110, right = 20, top = 30, bottom = 20 },
            xAxis = new { type = "value", minInterval = 1 },
            yAxis = new { type = "category", data = byLevel2.Select(x => x.name) },
            series = new[] { new { type = "bar", data = byLevel2.Select(x => x.value) } },
        });
        var quantified = Table.Indicators.Count(i => i.Value.Status == ValueStatus.Number);
        QuantifiedChart = JsonSerializer.Serialize(new
        {
            title = new { text = "定量指标占比", textStyle = new { fontSize = 13 } },
            tooltip = new { trigger = "item" },
            series = new[] { new { type = "pie", radius = new[] { "40%", "65%" }, data = new[] { new { name = "定量", value = quantified }, new { name = "定性或文字", value = Table.Indicators.Count - quantified } } } },
        });
    }
}
