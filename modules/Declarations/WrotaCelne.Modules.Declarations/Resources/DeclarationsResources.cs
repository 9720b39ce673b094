namespace WrotaCelne.Modules.Declarations.Resources;

/// <summary>Marker for the module's UI strings (DeclarationsResources.resx is Polish, .en.resx English).</summary>
internal sealed class DeclarationsResources;
