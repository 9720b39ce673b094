namespace WrotaCelne.Modules.Support.Resources;

/// <summary>Marker for the module's UI strings (SupportResources.resx is Polish, .en.resx English).</summary>
internal sealed class SupportResources;
