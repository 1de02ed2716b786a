using Jixiao.Web.Data;
using Jixiao.Web.Data.Entities;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Accounts;

/// <summary>Sign in and out (cookie), who am I, and personal API tokens.</summary>
public static class AccountsApi
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan LockOut = TimeSpan.FromMinutes(15);

    public sealed record LoginRequest(string UserName, string Password);
    public sealed record Me(Guid Id, string UserName, string DisplayName, string Role, string RegionCode, Guid? UnitId, Guid? DepartmentId);
    public sealed record TokenRequest(string Name);
    public sealed record NewToken(Guid Id, string Name, string Token, string Note);
    public sealed record TokenInfo(Guid Id, string Name, string Prefix, DateTime CreatedAt, DateTime? LastUsedAt, DateTime? RevokedAt);

    public static void MapAccountsApi(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/account").WithTags("账户");
        g.MapPost("/login", Login).AllowAnonymous().DisableAntiforgery();
        g.MapPost("/logout", (Delegate)Logout).DisableAntiforgery();
        g.MapGet("/me", GetMe).RequireAuthorization();
        g.MapGet("/tokens", ListTokens).RequireAuthorization();
        g.MapPost("/tokens", CreateToken).RequireAuthorization().DisableAntiforgery();
        g.MapDelete("/tokens/{id:guid}", RevokeToken).RequireAuthorization();
    }

    /// <summary>Checks a password with lock-out after repeated failures; the same checks serve the login page.</summary>
    public static async Task<(User? User, string? Error)> Verify(JixiaoDb db, TimeProvider clock, string userName, string password)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var user = await db.Users.FirstOrDefaultAsync(u => u.UserName == userName);
        if (user is null) return (null, "用户名或密码不正确。");
        if (user.LockedUntil is { } until && until > now)
            return (null, $"连续输错密码次数过多，账户已锁定，请在 {Math.Ceiling((until - now).TotalMinutes)} 分钟后再试。");
        var hasher = new PasswordHasher<User>();
        if (hasher.VerifyHashedPassword(user, user.PasswordHash, password) == PasswordVerificationResult.Failed)
        {
            user.FailedLogins++;
            if (user.FailedLogins >= MaxFailures)
            {
                user.LockedUntil = now + LockOut;
                user.FailedLogins = 0;
                await db.SaveChangesAsync();
                return (null, $"连续 {MaxFailures} 次输错密码，账户已锁定 {LockOut.TotalMinutes} 分钟。");
            }
            await db.SaveChangesAsync();
            return (null, "用户名或密码不正确。");
        }
        user.FailedLogins = 0;
        user.LockedUntil = null;
        await db.SaveChangesAsync();
        return (user, null);
    }

    private static async Task<Results<Ok<Me>, ProblemHttpResult>> Login(LoginRequest request, JixiaoDb db, TimeProvider clock, HttpContext http)
    {
        var (user, error) = await Verify(db, clock, request.UserName ?? "", request.Password ?? "");
        if (user is null) return TypedResults.Problem(error, statusCode: StatusCodes.Status401Unauthorized, title: "登录失败");
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, Caller.Principal(user, CookieAuthenticationDefaults.AuthenticationScheme));
        return TypedResults.Ok(ToMe(user));
    }

    private static async Task<NoContent> Logout(HttpContext http)
    {
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return TypedResults.NoContent();
    }

    private static Results<Ok<Me>, UnauthorizedHttpResult> GetMe(HttpContext http) =>
        Caller.From(http.User) is { } c ? TypedResults.Ok(new Me(c.Id, c.UserName, c.DisplayName, c.Role.ToString(), c.RegionCode, c.UnitId, c.DepartmentId)) : TypedResults.Unauthorized();

    private static async Task<Ok<List<TokenInfo>>> ListTokens(HttpContext http, JixiaoDb db)
    {
        var c = Caller.From(http.User)!;
        var tokens = await db.ApiTokens.Where(t => t.RegionCode == c.RegionCode && t.UserId == c.Id)
            .Select(t => new TokenInfo(t.Id, t.Name, t.Prefix, t.CreatedAt, t.LastUsedAt, t.RevokedAt)).ToListAsync();
        return TypedResults.Ok(tokens);
    }

    private static async Task<Results<Created<NewToken>, ProblemHttpResult>> CreateToken(TokenRequest request, HttpContext http, JixiaoDb db, TimeProvider clock)
    {
        var c = Caller.From(http.User)!;
        if (string.IsNullOrWhiteSpace(request.Name)) return TypedResults.Problem("请为令牌起一个名字（如“预算系统对接”）。", statusCode: 400, title: "缺少名称");
        var token = TokenAuthentication.NewToken();
        var record = new ApiToken
        {
            RegionCode = c.RegionCode, UserId = c.Id, Name = request.Name.Trim(), Hash = TokenAuthentication.Hash(token),
            Prefix = token[..8], CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.ApiTokens.Add(record);
        await db.SaveChangesAsync();
        return TypedResults.Created($"/api/account/tokens/{record.Id}", new NewToken(record.Id, record.Name, token, "令牌只显示这一次，请妥善保存；调用时使用请求头 Authorization: Bearer 令牌。"));
    }

    private static async Task<Results<NoContent, NotFound>> RevokeToken(Guid id, HttpContext http, JixiaoDb db, TimeProvider clock, TokenCache cache)
    {
        var c = Caller.From(http.User)!;
        var t = await db.ApiTokens.FirstOrDefaultAsync(x => x.RegionCode == c.RegionCode && x.Id == id && x.UserId == c.Id);
        if (t is null) return TypedResults.NotFound();
        t.RevokedAt ??= clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync();
        cache.Forget(t.Hash);
        return TypedResults.NoContent();
    }

    public static Me ToMe(User u) => new(u.Id, u.UserName, u.DisplayName, u.Role.ToString(), u.RegionCode, u.UnitId, u.DepartmentId);
}
