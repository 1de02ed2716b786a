using Jixiao.Web;
using Jixiao.Web.Bench;
using Jixiao.Web.Data;
using Jixiao.Web.Demo;

// Measurements (issue 8) run instead of the server: bench-db, bench-api.
if (WebBench.Handles(args))
{
    Environment.ExitCode = await WebBench.Run(args);
    return;
}

// --no-demo is a flag, not a setting: left in args, the configuration reader would take the next argument as its value.
var noDemo = args.Contains("--no-demo");
var builder = WebApplication.CreateBuilder(args.Where(a => a != "--no-demo").ToArray());
if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
    builder.WebHost.UseUrls("http://localhost:5080");
builder.Services.AddJixiao(builder.Configuration, builder.Environment);

var app = builder.Build();
using (var scope = app.Services.CreateScope())
    await Database.Migrate(scope.ServiceProvider.GetRequiredService<JixiaoDb>());
if (!noDemo && app.Configuration["Jixiao:Demo"] != "false")
    await DemoData.SeedIfEmpty(app.Services, Path.Combine(AppContext.BaseDirectory, "seeds"));

app.UseJixiao();
app.Run();

/// <summary>The web app's entry point, visible to integration tests.</summary>
public partial class Program;
