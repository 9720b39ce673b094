namespace WrotaCelne.Modules.Declarations.Application.Signing;

/// <summary>
/// The PKCS#11 libraries the operator allowed (configuration <c>Modules:Declarations:Pkcs11Modules:&lt;name&gt; = path</c>).
/// A module is native code loaded into the host, so organizations choose among these by name and never give a path.
/// </summary>
internal sealed class Pkcs11Modules(IReadOnlyDictionary<string, string> paths)
{
    public IReadOnlyList<string> Names { get; } = paths.Keys.Order(StringComparer.Ordinal).ToList();

    public string? PathOf(string name) => paths.TryGetValue(name, out var path) ? path : null;
}
