using System.Globalization;

namespace WrotaCelne.Plugins.Abstractions;

/// <summary>
/// A version interval in NuGet-like notation: <c>[1.0,2.0)</c>, <c>[1.2,]</c>, <c>1.0</c> (meaning 1.0 or later).
/// </summary>
public sealed record VersionRange(Version? Minimum, bool MinimumInclusive, Version? Maximum, bool MaximumInclusive)
{
    /// <summary>Whether <paramref name="version"/> lies in the range.</summary>
    public bool Includes(Version version)
    {
        ArgumentNullException.ThrowIfNull(version);
        if (Minimum is not null)
        {
            var c = Normalize(version).CompareTo(Normalize(Minimum));
            if (c < 0 || (c == 0 && !MinimumInclusive))
            {
                return false;
            }
        }

        if (Maximum is not null)
        {
            var c = Normalize(version).CompareTo(Normalize(Maximum));
            if (c > 0 || (c == 0 && !MaximumInclusive))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Parses a range; returns false for anything malformed.</summary>
    public static bool TryParse(string? text, out VersionRange? range)
    {
        range = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        text = text.Trim();
        if (text[0] is not ('[' or '('))
        {
            if (!TryParseVersion(text, out var floor))
            {
                return false;
            }

            range = new VersionRange(floor, true, null, false);
            return true;
        }

        var last = text[^1];
        if (last is not (']' or ')'))
        {
            return false;
        }

        var parts = text[1..^1].Split(',');
        if (parts.Length != 2)
        {
            return false;
        }

        Version? min = null, max = null;
        if (parts[0].Trim().Length > 0 && !TryParseVersion(parts[0], out min))
        {
            return false;
        }

        if (parts[1].Trim().Length > 0 && !TryParseVersion(parts[1], out max))
        {
            return false;
        }

        if (min is not null && max is not null && Normalize(min) > Normalize(max))
        {
            return false;
        }

        range = new VersionRange(min, text[0] == '[', max, last == ']');
        return true;
    }

    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{(MinimumInclusive ? '[' : '(')}{Minimum},{Maximum}{(MaximumInclusive ? ']' : ')')}");

    private static bool TryParseVersion(string text, out Version? version)
    {
        version = null;
        var trimmed = text.Trim();
        if (!trimmed.Contains('.', StringComparison.Ordinal))
        {
            trimmed += ".0";
        }

        return Version.TryParse(trimmed, out version);
    }

    private static Version Normalize(Version v) =>
        new(v.Major, v.Minor, Math.Max(v.Build, 0), Math.Max(v.Revision, 0));
}
