using System.Text;

namespace WrotaCelne.Plugins.Formats.Mapping;

/// <summary>File names for outbound messages: <c>CC515C_WC_2026_E_0001.xml</c>.</summary>
internal static class FileNames
{
    public static string For(string messageType, string? reference)
    {
        var text = new StringBuilder(messageType).Append('_');
        foreach (var c in (reference ?? "message").Take(64))
        {
            text.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '.' ? c : '_');
        }

        return text.Append(".xml").ToString();
    }
}
