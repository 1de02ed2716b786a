using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Jixiao.Web.Data;
using Jixiao.Web.Data.Entities;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jixiao.Web.Accounts;

/// <summary>Personal API tokens for scripts: `Authorization: Bearer jx_…`. Only the token's SHA-256 is stored.</summary>
public sealed class TokenAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, JixiaoDb db, TimeProvider clock, TokenCache cache)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Token";
    public const string Prefix = "jx_";

    /// <summary>
    /// How precisely "last used" is kept. Writing it on every request made every API call a write — on SQLite, one
    /// writer at a time for the whole server — for a date a person reads to the minute.
    /// </summary>
    public static readonly TimeSpan UsedWithin = TimeSpan.FromMinutes(1);

    private sealed record Found(Guid Id, string RegionCode, DateTime? LastUsedAt, User User);

    // Not an EF compiled query: one is bound to the model it was first run with, and a process may serve both providers.
    private static Task<Found?> WithUser(JixiaoDb db, string hash) =>
        (from t in db.ApiTokens.AsNoTracking()
         where t.Hash == hash && t.RevokedAt == null
         join u in db.Users.AsNoTracking() on new { t.RegionCode, Id = t.UserId } equals new { u.RegionCode, u.Id }
         select new Found(t.Id, t.RegionCode, t.LastUsedAt, u)).FirstOrDefaultAsync();

    public static string NewToken() => Prefix + Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();

    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token))).ToLowerInvariant();

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return AuthenticateResult.NoResult();
        var token = header[7..].Trim();
        var hash = Hash(token);
        var now = clock.GetUtcNow().UtcDateTime;
        if (cache.Find(hash) is { } known)
        {
            if (now - known.LastUsedWritten >= UsedWithin)
            {
                // Remembered before writing, so that the calls arriving meanwhile do not write it too.
                cache.Remember(hash, known with { LastUsedWritten = now });
                await db.ApiTokens.Where(t => t.RegionCode == known.RegionCode && t.Id == known.TokenId).ExecuteUpdateAsync(u => u.SetProperty(t => t.LastUsedAt, now));
            }
            return AuthenticateResult.Success(new AuthenticationTicket(known.Principal, SchemeName));
        }
        // One read, the token joined to its user; a write only when "last used" is older than UsedWithin.
        var found = await WithUser(db, hash);
        if (found is null)
        {
            cache.Forget(hash);
            return AuthenticateResult.Fail("令牌无效或已撤销，或其用户已不存在。");
        }
        var written = found.LastUsedAt ?? DateTime.MinValue;
        if (now - written >= UsedWithin)
        {
            await db.ApiTokens.Where(t => t.RegionCode == found.RegionCode && t.Id == found.Id).ExecuteUpdateAsync(u => u.SetProperty(t => t.LastUsedAt, now));
            written = now;
        }
        var principal = Caller.Principal(found.User, SchemeName);
        cache.Remember(hash, new TokenCache.Entry(principal, found.RegionCode, found.Id, now, written));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }
}
