using WrotaCelne.Host.Plugins;
using WrotaCelne.IntegrationTests.Infrastructure;
using WrotaCelne.Plugins.Abstractions;
using Xunit;

namespace WrotaCelne.IntegrationTests.Plugins;

/// <summary>The load pipeline on real plugin folders: manifest → hashes → SDK range → load → type identity → first call.</summary>
public sealed class PluginLoaderTests
{
    private readonly string _plugins = TempDirectory.Create("plugins");

    [Theory]
    [InlineData(PluginFolders.Ncts, typeof(IMessageFormatPlugin))]
    [InlineData(PluginFolders.Aes, typeof(IMessageFormatPlugin))]
    [InlineData(PluginFolders.Ais, typeof(IMessageFormatPlugin))]
    [InlineData(PluginFolders.KeyFile, typeof(ISigningProvider))]
    public void A_built_in_plugin_loads_active_and_answers_through_the_sdk(string id, Type contract)
    {
        var plugin = Load(PluginFolders.CopyOf(id, _plugins));
        Assert.Equal(PluginStatus.Active, plugin.Status);
        Assert.Equal(id, plugin.Id);
        Assert.IsAssignableFrom(contract, plugin.Instance);
        Assert.NotNull(plugin.Capabilities);
    }

    [Theory]
    [InlineData(PluginFolders.Ncts, "NCTS2", DeclarationFamily.Transit, "CC015C")]
    [InlineData(PluginFolders.Aes, "AES", DeclarationFamily.Export, "CC515C")]
    [InlineData(PluginFolders.Ais, "AIS", DeclarationFamily.Import, "ZC415")]
    public void A_format_plugin_describes_its_target_system_and_messages(string id, string targetSystem, DeclarationFamily family, string declarationMessage)
    {
        var plugin = Load(PluginFolders.CopyOf(id, _plugins));
        var descriptor = ((IMessageFormatPlugin)plugin.Instance!).Describe();
        Assert.Equal(targetSystem, descriptor.TargetSystem);
        Assert.Equal([family], descriptor.Families);
        Assert.Contains(declarationMessage, descriptor.OutboundMessageTypes);
        Assert.Contains(declarationMessage, descriptor.ImportableMessageTypes);
        Assert.NotEmpty(descriptor.InboundMessageTypes);
        Assert.NotNull(descriptor.MessageNamespace);
    }

    [Fact]
    public void A_changed_byte_in_an_assembly_is_tampering()
    {
        var folder = PluginFolders.CopyOf(PluginFolders.Ncts, _plugins);
        PluginFolders.FlipOneByte(Path.Combine(folder, "WrotaCelne.Plugins.Formats.Ncts.dll"));
        var plugin = Load(folder);
        Assert.Equal(PluginStatus.Tampered, plugin.Status);
        Assert.Contains("WrotaCelne.Plugins.Formats.Ncts.dll", plugin.Reason, StringComparison.Ordinal);
        Assert.Null(plugin.Instance);
    }

    [Fact]
    public void A_file_not_listed_in_the_manifest_is_tampering()
    {
        var folder = PluginFolders.CopyOf(PluginFolders.Ncts, _plugins);
        File.WriteAllText(Path.Combine(folder, "extra.dll"), "smuggled");
        Assert.Equal(PluginStatus.Tampered, Load(folder).Status);
    }

    [Fact]
    public void A_listed_file_that_is_missing_is_tampering()
    {
        var folder = PluginFolders.CopyOf(PluginFolders.Ncts, _plugins);
        File.Delete(Path.Combine(folder, "WrotaCelne.Plugins.Formats.Ncts.pdb"));
        Assert.Equal(PluginStatus.Tampered, Load(folder).Status);
    }

    [Fact]
    public void A_plugin_for_another_sdk_major_is_incompatible()
    {
        var folder = PluginFolders.CopyOf(PluginFolders.Ncts, _plugins);
        PluginFolders.EditManifest(folder, m => m["sdkVersionRange"] = "[2.0,3.0)");
        var plugin = Load(folder);
        Assert.Equal(PluginStatus.Incompatible, plugin.Status);
        Assert.Contains("[2.0,3.0)", plugin.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_manifest_whose_kind_does_not_match_the_entry_type_is_incompatible()
    {
        var folder = PluginFolders.CopyOf(PluginFolders.Ncts, _plugins);
        PluginFolders.EditManifest(folder, m => m["kind"] = "signing");
        var plugin = Load(folder);
        Assert.Equal(PluginStatus.Incompatible, plugin.Status);
        Assert.Contains("ISigningProvider", plugin.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_without_manifest_is_malfunctioned()
    {
        var plugin = Load(PluginFolders.Garbage(_plugins, withManifest: false));
        Assert.Equal(PluginStatus.Malfunctioned, plugin.Status);
        Assert.Contains("plugin.json is missing", plugin.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_garbage_assembly_is_malfunctioned()
    {
        var plugin = Load(PluginFolders.Garbage(_plugins, withManifest: true));
        Assert.Equal(PluginStatus.Malfunctioned, plugin.Status);
        Assert.Null(plugin.Instance);
    }

    [Fact]
    public void An_unreadable_manifest_is_malfunctioned()
    {
        var folder = PluginFolders.CopyOf(PluginFolders.Ncts, _plugins);
        File.WriteAllText(Path.Combine(folder, "plugin.json"), "{ \"id\": ");
        Assert.Equal(PluginStatus.Malfunctioned, Load(folder).Status);
    }

    /// <summary>The SDK types are shared by name: a plugin compiled against a newer SDK build still gets the host's types; its manifest's SDK range is what guards API compatibility.</summary>
    [Fact]
    public void A_plugin_built_against_a_newer_sdk_assembly_version_still_shares_the_host_types()
    {
        var plugin = Load(FutureSdkPlugin.Create(_plugins, SdkSources(), "2.0.0.0"));
        Assert.Equal(PluginStatus.Active, plugin.Status);
        Assert.IsAssignableFrom<IMessageFormatPlugin>(plugin.Instance);
    }

    [Fact]
    public void A_plugin_implementing_a_copy_of_the_sdk_interface_is_incompatible_with_a_hint()
    {
        var plugin = Load(FutureSdkPlugin.Create(_plugins, SdkSources(), "1.0.0.0", "Acme.Repackaged.Abstractions"));
        Assert.Equal(PluginStatus.Incompatible, plugin.Status);
        Assert.Contains("another SDK assembly", plugin.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plugin_shipping_an_sdk_copy_of_the_same_version_shares_the_host_types()
    {
        var plugin = Load(FutureSdkPlugin.Create(_plugins, SdkSources(), typeof(IPlugin).Assembly.GetName().Version!.ToString()));
        Assert.Equal(PluginStatus.Active, plugin.Status);
        Assert.IsAssignableFrom<IMessageFormatPlugin>(plugin.Instance);
    }

    [Fact]
    public void A_manifest_with_a_null_field_is_malfunctioned_not_a_crash()
    {
        var folder = PluginFolders.CopyOf(PluginFolders.Ncts, _plugins);
        PluginFolders.EditManifest(folder, m => m["entryAssembly"] = null);
        var plugin = Load(folder);
        Assert.Equal(PluginStatus.Malfunctioned, plugin.Status);
        Assert.Contains("entryAssembly", plugin.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_entry_type_that_does_not_exist_is_malfunctioned()
    {
        var folder = PluginFolders.CopyOf(PluginFolders.Ncts, _plugins);
        PluginFolders.EditManifest(folder, m => m["entryType"] = "WrotaCelne.Plugins.Formats.Ncts.Missing");
        Assert.Equal(PluginStatus.Malfunctioned, Load(folder).Status);
    }

    [Fact]
    public void An_entry_assembly_outside_the_folder_is_refused()
    {
        var folder = PluginFolders.CopyOf(PluginFolders.Ncts, _plugins);
        PluginFolders.EditManifest(folder, m => m["entryAssembly"] = "../../WrotaCelne.Host.dll");
        var plugin = Load(folder);
        Assert.Equal(PluginStatus.Malfunctioned, plugin.Status);
        Assert.Contains("not in the plugin folder", plugin.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plugin_the_operator_disabled_is_not_loaded()
    {
        var folder = PluginFolders.CopyOf(PluginFolders.KeyFile, _plugins);
        var (plugin, loader) = new PluginFolderLoader(new HashSet<string> { PluginFolders.KeyFile }, TempDirectory.Create("schemas")).Load(folder);
        Assert.Equal(PluginStatus.Disabled, plugin.Status);
        Assert.Null(loader);
    }

    [Theory]
    [InlineData("[1.0,2.0)", "1.0.0", true)]
    [InlineData("[1.0,2.0)", "1.9.3", true)]
    [InlineData("[1.0,2.0)", "2.0.0", false)]
    [InlineData("(1.0,2.0]", "1.0.0", false)]
    [InlineData("(1.0,2.0]", "2.0.0", true)]
    [InlineData("1.2", "1.1.0", false)]
    [InlineData("1.2", "7.0.0", true)]
    [InlineData("[,1.5]", "1.5.0", true)]
    public void Sdk_version_ranges_follow_interval_notation(string range, string version, bool included)
    {
        Assert.True(VersionRange.TryParse(range, out var parsed));
        Assert.Equal(included, parsed!.Includes(Version.Parse(version)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("[1.0")]
    [InlineData("[2.0,1.0)")]
    [InlineData("[a,b]")]
    [InlineData("[1.0,2.0,3.0]")]
    public void Malformed_version_ranges_are_rejected(string range) =>
        Assert.False(VersionRange.TryParse(range, out _));

    private static string SdkSources() => Path.Combine(HostProcess.RepositoryRoot(), "plugins", "WrotaCelne.Plugins.Abstractions");

    private static LoadedPlugin Load(string folder) => new PluginFolderLoader(new HashSet<string>(), TempDirectory.Create("schemas")).Load(folder).Plugin;
}
