using Jixiao.Web;
using Jixiao.Web.Data;
using Jixiao.Web.Demo;

var builder = WebApplication.CreateBuilder(args);
if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
    builder.WebHost.UseUrls("http://localhost:5080");
builder.Services.AddJixiao(builder.Configuration, builder.Environment);

var app = builder.Build();
using (var scope = app.Services.CreateScope())
    await Database.Migrate(scope.ServiceProvider.GetRequiredService<JixiaoDb>());
if (!args.Contains("--no-demo") && app.Configuration["Jixiao:Demo"] != "false")
    await DemoData.SeedIfEmpty(app.Services, Path.Combine(AppContext.BaseDirectory, "seeds"));

app.UseJixiao();
app.Run();

/// <summary>The web app's entry point, visible to integration tests.</summary>
public partial class Program;
