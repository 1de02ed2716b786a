using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Jixiao.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jixiao.Web.Accounts;

/// <summary>Personal API tokens for scripts: `Authorization: Bearer jx_…`. Only the token's SHA-256 is stored.</summary>
public sealed class TokenAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, JixiaoDb db, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Token";
    public const string Prefix = "jx_";

    public static string NewToken() => Prefix + Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();

    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token))).ToLowerInvariant();

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return AuthenticateResult.NoResult();
        var token = header[7..].Trim();
        var hash = Hash(token);
        var record = await db.ApiTokens.FirstOrDefaultAsync(t => t.Hash == hash && t.RevokedAt == null);
        if (record is null) return AuthenticateResult.Fail("令牌无效或已撤销。");
        var user = await db.Users.FirstOrDefaultAsync(u => u.RegionCode == record.RegionCode && u.Id == record.UserId);
        if (user is null) return AuthenticateResult.Fail("令牌对应的用户不存在。");
        record.LastUsedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync();
        return AuthenticateResult.Success(new AuthenticationTicket(Caller.Principal(user, SchemeName), SchemeName));
    }
}
