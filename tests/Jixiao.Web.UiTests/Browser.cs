using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;

namespace Jixiao.Web.UiTests;

/// <summary>
/// The real server on a loopback port (Kestrel, fresh SQLite database with the demo data) and Debian's Chromium
/// driven by Playwright. Never downloads a browser: without /usr/bin/chromium the tests are skipped with a message.
/// </summary>
public sealed class Browser : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    private readonly string _data = Directory.CreateTempSubdirectory("jixiao-ui-").FullName;
    private WebApplicationFactory<Program>? _factory;
    private IPlaywright? _playwright;

    public IBrowser? Chromium { get; private set; }
    public string BaseUrl { get; private set; } = "";
    public string Shots { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");
    public static bool Available => File.Exists(ChromiumPath);

    public async Task InitializeAsync()
    {
        if (!Available) return;
        Directory.CreateDirectory(Shots);
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("Jixiao:DataDirectory", _data);
            b.UseSetting("ConnectionStrings:Jixiao", "");
        });
        _factory.UseKestrel(0);
        _factory.StartServer();
        BaseUrl = _factory.ClientOptions.BaseAddress.ToString().TrimEnd('/');
        _playwright = await Playwright.CreateAsync();
        Chromium = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Chromium is not null) await Chromium.CloseAsync();
        _playwright?.Dispose();
        if (_factory is not null) await _factory.DisposeAsync();
        try { Directory.Delete(_data, recursive: true); } catch (IOException) { }
    }

    /// <summary>A fresh browser context (its own cookies) at a screen size, signed in when a user is given.</summary>
    public async Task<IPage> Open(string? user, int width = 1366, int height = 768)
    {
        var context = await Chromium!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height }, Locale = "zh-CN" });
        var page = await context.NewPageAsync();
        if (user is not null)
        {
            await page.GotoAsync($"{BaseUrl}/login");
            await page.FillAsync("input[name=UserName]", user);
            await page.FillAsync("input[name=Password]", "jixiao2026");
            await page.ClickAsync("button[type=submit]");
            await page.WaitForURLAsync($"{BaseUrl}/");
        }
        return page;
    }

    public Task Shot(IPage page, string name) => page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, name + ".png"), FullPage = true });
}
