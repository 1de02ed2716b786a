using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Jixiao.Web.UiTests;

/// <summary>The review workflow in a real browser, from a unit's draft to the public page.</summary>
[Collection("browser")]
public sealed class WorkflowTests(Browser browser)
{
    [SkippableFact]
    public async Task Upload_Fix_Submit_ReturnApprovePublish_ShowsOnThePublicPageWithThePhoneMasked()
    {
        Skip.IfNot(Browser.Available, "需要 Debian 的 chromium（CI 用 apt 安装）");

        // The unit editor uploads a seed document and sees the tables found with their findings.
        var editor = await browser.Open("editor");
        await editor.GotoAsync($"{browser.BaseUrl}/upload");
        await editor.SetInputFilesAsync("#upload-form input[name=file]", Path.Combine(AppContext.BaseDirectory, "seeds", "000_a2e8745f1a3936ea.txt"));
        await editor.ClickAsync("#upload-form button[type=submit]");
        await editor.WaitForSelectorAsync("#upload-result a.table-link");
        (await editor.Locator("#upload-result a.table-link").CountAsync()).Should().Be(5);
        (await editor.TextContentAsync("#upload-result")).Should().Contain("JX202", "the ≅ comparator of 租赁平均成本 is a finding");
        await browser.Shot(editor, "upload-result");

        // It opens 信访移动专项租线 in the editor, fixes the comparator, and sees the finding go as it types.
        await editor.ClickAsync("#upload-result a.table-link:has-text('信访移动专项租线')");
        await editor.WaitForSelectorAsync("table.official");
        var tableUrl = editor.Url;
        (await editor.TextContentAsync("ul.findings")).Should().Contain("JX202");
        await editor.GotoAsync(tableUrl + "/edit");
        await editor.WaitForSelectorAsync("#editor");
        (await editor.TextContentAsync("#findings")).Should().Contain("JX202");
        var row = editor.Locator("tr.indicator-row", new PageLocatorOptions { Has = editor.Locator("input[value='租赁平均成本']") });
        await row.Locator("select[name$='.Comparator']").SelectOptionAsync("≤");
        await editor.WaitForFunctionAsync("() => !document.querySelector('#findings').textContent.includes('JX202')");
        await browser.Shot(editor, "editor-finding-gone");
        await editor.ClickAsync("#save");
        await editor.WaitForSelectorAsync("table.official");
        (await editor.TextContentAsync("ul.findings")).Should().NotContain("JX202");

        // It submits.
        await editor.ClickAsync("button:has-text('送审')");
        await editor.WaitForSelectorAsync("text=已送审");

        // The department reviewer returns it once with a comment.
        var dept = await browser.Open("dept");
        await browser.Shot(dept, "home-department-reviewer");
        await dept.GotoAsync(tableUrl);
        await dept.FillAsync("input[name=comment]", "请为“服务对象满意度指标”补写三级指标名称。");
        await dept.ClickAsync("button:has-text('退回')");
        await dept.WaitForSelectorAsync("text=已退回");

        // The editor sees the comment and submits again; the reviewers approve; finance publishes.
        await editor.GotoAsync(tableUrl);
        (await editor.TextContentAsync("body")).Should().Contain("请为“服务对象满意度指标”补写三级指标名称。");
        await editor.ClickAsync("button:has-text('送审')");
        await editor.WaitForSelectorAsync("text=已送审");
        await dept.GotoAsync(tableUrl);
        await dept.ClickAsync("button:has-text('审核通过')");
        await dept.WaitForSelectorAsync("text=已审核通过");
        var finance = await browser.Open("finance");
        await finance.GotoAsync(tableUrl);
        await finance.ClickAsync("button:has-text('审核通过')");
        await finance.WaitForSelectorAsync("text=已审核通过");
        await finance.ClickAsync("button:has-text('公开')");
        await finance.WaitForSelectorAsync("text=已公开");
        await browser.Shot(finance, "table-published");

        // Signed out, the public page shows it with the manager's phone masked.
        var anonymous = await browser.Open(null);
        await anonymous.GotoAsync($"{browser.BaseUrl}/public/{tableUrl.Split('/').Last()}");
        await anonymous.WaitForSelectorAsync("table.official");
        var text = await anonymous.TextContentAsync("body");
        text.Should().Contain("信访移动专项租线").And.Contain("191****3693").And.NotContain("19112413693");
        await browser.Shot(anonymous, "public-table");
    }

    [SkippableFact]
    public async Task IndicatorNamedLikeAScript_ShowsAsText()
    {
        Skip.IfNot(Browser.Available, "需要 Debian 的 chromium（CI 用 apt 安装）");
        using var http = new HttpClient(new HttpClientHandler { UseCookies = true }) { BaseAddress = new Uri(browser.BaseUrl) };
        (await http.PostAsJsonAsync("/api/account/login", new { userName = "editor", password = "jixiao2026" })).EnsureSuccessStatusCode();
        var document = "2024年项目支出绩效目标表\n项目名称\t脚本注入检查\n年度资金总额\t10\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t<script>alert(1)</script>\t≥1次\n";
        using var form = new MultipartFormDataContent { { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(document)), "file", "xss.txt" } };
        var upload = await http.PostAsync("/api/documents", form);
        upload.StatusCode.Should().Be(System.Net.HttpStatusCode.Created);
        var id = (await upload.Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>())!["tables"]![0]!["id"]!.GetValue<string>();

        var page = await browser.Open("editor");
        var dialogs = 0;
        page.Dialog += (_, d) => { dialogs++; _ = d.DismissAsync(); };
        await page.GotoAsync($"{browser.BaseUrl}/tables/{id}");
        await page.WaitForSelectorAsync("table.official");

        (await page.Locator("table.official td", new PageLocatorOptions { HasTextString = "<script>alert(1)</script>" }).CountAsync()).Should().Be(1);
        dialogs.Should().Be(0, "the name is text, not a script");
        await browser.Shot(page, "xss-as-text");
    }

    [SkippableTheory]
    [InlineData(1366, 768, "desktop")]
    [InlineData(390, 844, "phone")]
    public async Task MainPages_FitTheScreen(int width, int height, string name)
    {
        Skip.IfNot(Browser.Available, "需要 Debian 的 chromium（CI 用 apt 安装）");
        var page = await browser.Open("finance", width, height);
        foreach (var (path, shot) in new[] { ("/", "home"), ("/tables", "list"), ("/dashboard", "dashboard"), ("/public", "public") })
        {
            await page.GotoAsync(browser.BaseUrl + path);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            overflow.Should().BeLessThanOrEqualTo(1, $"{path} must not scroll sideways at {width}px");
            await browser.Shot(page, $"{shot}-{name}");
        }
    }
}

[CollectionDefinition("browser")]
public sealed class BrowserCollection : ICollectionFixture<Browser>;
