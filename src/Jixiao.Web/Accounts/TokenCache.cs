using System.Collections.Concurrent;
using System.Security.Claims;

namespace Jixiao.Web.Accounts;

/// <summary>
/// The API tokens this server checked recently, by hash, with the signed-in principal they stand for. A script makes
/// many calls in a row; looking its token and user up in the database on each one cost more than a typical request.
/// An entry is trusted for <see cref="Fresh"/>, then checked again; a token revoked on this server is forgotten at once,
/// one revoked on another server of the same database stops working within <see cref="Fresh"/>.
/// </summary>
public sealed class TokenCache(TimeProvider clock)
{
    public static readonly TimeSpan Fresh = TimeSpan.FromSeconds(30);

    /// <summary>More entries than this and the cache is emptied: tokens are personal, so a server sees few at a time.</summary>
    private const int MaxEntries = 10_000;

    public sealed record Entry(ClaimsPrincipal Principal, string RegionCode, Guid TokenId, DateTime CheckedAt, DateTime LastUsedWritten);

    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);

    public Entry? Find(string hash) =>
        entries.TryGetValue(hash, out var e) && clock.GetUtcNow().UtcDateTime - e.CheckedAt < Fresh ? e : null;

    public void Remember(string hash, Entry entry)
    {
        if (entries.Count >= MaxEntries) entries.Clear();
        entries[hash] = entry;
    }

    public void Forget(string hash) => entries.TryRemove(hash, out _);
}
