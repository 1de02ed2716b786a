using Jixiao.Profiles;
using Jixiao.Web.Accounts;
using Jixiao.Web.Data;
using Jixiao.Web.Public;
using Jixiao.Web.Tables;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Jixiao.Web;

/// <summary>Services and the request pipeline, kept out of Program.cs.</summary>
public static class WebSetup
{
    public const string Smart = "Smart";

    public static IServiceCollection AddJixiao(this IServiceCollection s, IConfiguration config, IHostEnvironment env)
    {
        s.AddSingleton(TimeProvider.System);
        s.AddSingleton<Accounts.TokenCache>();
        var (profile, stamp) = LoadProfile(config);
        s.AddSingleton(profile);
        s.AddSingleton(stamp);
        s.AddJixiaoDatabase(config, env);
        s.AddScoped<TableService>();
        s.AddProblemDetails();
        // A request the endpoint cannot bind (malformed JSON, a wrong type) is the client's error. Outside Development
        // minimal APIs answer 400 themselves; in Development they throw, and without this the handler said 500.
        s.Configure<ExceptionHandlerOptions>(o => o.StatusCodeSelector = e =>
            e is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError);
        s.AddOpenApi();
        s.AddAuthentication(Smart)
            .AddPolicyScheme(Smart, "Cookie or token", o => o.ForwardDefaultSelector = ctx =>
                ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? TokenAuthentication.SchemeName : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.Cookie.Name = "jixiao";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.LoginPath = "/login";
                o.SlidingExpiration = true;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                // APIs answer 401/403; pages redirect to the login page.
                o.Events.OnRedirectToLogin = ctx => Api(ctx, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = ctx => Api(ctx, StatusCodes.Status403Forbidden);
            })
            .AddScheme<AuthenticationSchemeOptions, TokenAuthentication>(TokenAuthentication.SchemeName, null);
        s.AddAuthorization();
        s.AddRazorPages(o =>
        {
            // Every page needs a signed-in person, except signing in and the public pages; roles are checked per table as in the API.
            o.Conventions.AuthorizeFolder("/");
            o.Conventions.AllowAnonymousToPage("/Login");
            o.Conventions.AllowAnonymousToFolder("/Public");
        });
        s.AddAntiforgery(o => o.HeaderName = "RequestVerificationToken");
        // Chinese text as itself, not as &#x…; entities (pages a third the size); markup characters stay encoded.
        s.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        return s;
    }

    public static WebApplication UseJixiao(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseStaticFiles();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapRazorPages();
        app.MapOpenApi();
        app.UseSwaggerUI(o =>
        {
            o.SwaggerEndpoint("/openapi/v1.json", "Jixiao API");
            o.RoutePrefix = "swagger";
            o.DocumentTitle = "Jixiao 接口文档";
        });
        app.MapGet("/health", () => Results.Text("ok")).AllowAnonymous().WithTags("运行状态");
        app.MapAccountsApi();
        app.MapAdminApi();
        app.MapTablesApi();
        app.MapDocumentsApi();
        app.MapEntriesApi();
        app.MapPublicApi();
        app.MapDownloadsApi();
        return app;
    }

    private static Task Api(RedirectContext<CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api"))
        {
            ctx.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }

    private static (Profile, ReviewStamp) LoadProfile(IConfiguration config)
    {
        var path = config["Jixiao:Profile"];
        if (string.IsNullOrWhiteSpace(path)) return (Profile.National, ReviewStamp.National);
        var text = File.ReadAllText(path);
        var result = ProfileReader.Parse(text, path);
        return (result.Profile ?? throw new InvalidOperationException("审核口径配置有误：" + string.Join("；", result.Errors)), ReviewStamp.Of(text));
    }
}
