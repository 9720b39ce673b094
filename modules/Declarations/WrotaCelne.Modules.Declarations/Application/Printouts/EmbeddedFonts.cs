using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace WrotaCelne.Modules.Declarations.Application.Printouts;

/// <summary>
/// PDFsharp's font resolver over the DejaVu Sans faces embedded in this assembly (Fonts/, licence beside them):
/// printouts render Polish letters on any server, without fonts installed on it. PDFsharp keeps one resolver per
/// process, to be set once before its first use; <see cref="EnsureRegistered"/> does that, once, thread-safe.
/// </summary>
internal sealed class EmbeddedFonts : IFontResolver
{
    /// <summary>The only family printouts use; every family asked for resolves to it.</summary>
    public const string Family = "DejaVu Sans";

    private const string RegularFace = "DejaVuSans";
    private const string BoldFace = "DejaVuSans-Bold";
    private const string ResourcePrefix = "WrotaCelne.Modules.Declarations.Printouts.Fonts.";

    private static readonly EmbeddedFonts Instance = new();
    private static readonly Lock Gate = new();
    private static volatile bool _registered;

    private readonly ConcurrentDictionary<string, byte[]> _faces = new(StringComparer.Ordinal);

    private EmbeddedFonts()
    {
    }

    public static void EnsureRegistered()
    {
        if (_registered)
        {
            return;
        }

        lock (Gate)
        {
            if (!_registered)
            {
                // PDFsharp accepts the same instance again, never another one after fonts were used.
                GlobalFontSettings.FontResolver = Instance;
                _registered = true;
            }
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? BoldFace : RegularFace, mustSimulateBold: false, mustSimulateItalic: italic);

    public byte[]? GetFont(string faceName) =>
        faceName is RegularFace or BoldFace ? _faces.GetOrAdd(faceName, Load) : null;

    private static byte[] Load(string face)
    {
        using var stream = typeof(EmbeddedFonts).Assembly.GetManifestResourceStream(ResourcePrefix + face + ".ttf")
            ?? throw new InvalidOperationException($"The font {face} is not embedded in the Declarations module.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
