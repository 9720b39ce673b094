using System.Globalization;

namespace WrotaCelne.Plugins.Formats.Ncts.Declaration;

/// <summary>
/// A canonical JSON path (<c>$.items[3].packages[0].kind</c>) kept in parts and joined only when a problem names it,
/// so writing a message that has no problem builds no path strings.
/// </summary>
internal readonly struct CanonicalPath(string parent, string member = "", int index = -1, string leaf = "")
{
    public static implicit operator CanonicalPath(string path) => new(path);

    public override string ToString() => index < 0
        ? string.Concat(parent, member, leaf)
        : string.Concat(parent, member, "[", index.ToString(CultureInfo.InvariantCulture), "]", leaf);
}
