using System.Collections.Concurrent;

namespace WrotaCelne.GatewaySimulator.Soap;

/// <summary>Nonces seen within the time window of wsu:Created; a nonce is refused while it is remembered.</summary>
internal sealed class NonceCache
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> seen = new(StringComparer.Ordinal);

    /// <summary>False when the nonce was used before; otherwise remembers it until <paramref name="forgetAt"/>.</summary>
    public bool TryUse(string login, string nonce, DateTimeOffset now, DateTimeOffset forgetAt)
    {
        if (seen.Count > 1024)
        {
            foreach (var old in seen.Where(e => e.Value < now).Select(e => e.Key).ToList())
            {
                seen.TryRemove(old, out _);
            }
        }

        var key = login + "\n" + nonce;
        if (seen.TryGetValue(key, out var until) && until >= now)
        {
            return false;
        }

        seen[key] = forgetAt;
        return true;
    }
}
