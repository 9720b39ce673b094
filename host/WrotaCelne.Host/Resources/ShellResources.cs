namespace WrotaCelne.Host.Resources;

/// <summary>Marker for the UI shell's strings (ShellResources.resx is Polish, .en.resx English).</summary>
internal sealed class ShellResources;
