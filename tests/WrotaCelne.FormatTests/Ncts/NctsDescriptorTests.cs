using WrotaCelne.Plugins.Abstractions;
using WrotaCelne.Plugins.Formats.Ncts;
using WrotaCelne.Plugins.Formats.Ncts.Schemas;
using Xunit;

namespace WrotaCelne.FormatTests.Ncts;

/// <summary>What the plugin says it does, and that it carries its schemas (with their licence) inside.</summary>
public sealed class NctsDescriptorTests
{
    [Fact]
    public void The_descriptor_lists_the_transit_messages()
    {
        var descriptor = NctsRequests.Plugin.Describe();

        Assert.Equal("NCTS2", descriptor.TargetSystem);
        Assert.Equal([DeclarationFamily.Transit], descriptor.Families);
        Assert.Equal(["CC015C", "CC013C", "CC014C"], descriptor.OutboundMessageTypes);
        Assert.Equal(["CC028C", "CC029C", "CC056C", "CC051C", "CC060C", "CC045C", "CC009C", "CC928C", "CC917C", "CC906C"], descriptor.InboundMessageTypes);
        Assert.Equal(["CC015C", "CC013C"], descriptor.ImportableMessageTypes);
        Assert.Equal("http://ncts.dgtaxud.ec", descriptor.MessageNamespace);
        Assert.Equal(new Version(1, 1, 0, 0), typeof(NctsFormatPlugin).Assembly.GetName().Version);
    }

    [Fact]
    public void The_schemas_and_their_licence_are_embedded_and_compile_with_every_message_root()
    {
        var resources = typeof(NctsFormatPlugin).Assembly.GetManifestResourceNames();
        Assert.Contains("Ncts.Schemas.LICENSE-hmrc.txt", resources);
        foreach (var type in NctsRequests.Plugin.Describe().OutboundMessageTypes.Concat(NctsRequests.Plugin.Describe().InboundMessageTypes))
        {
            Assert.Contains($"Ncts.Schemas.{type.ToLowerInvariant()}.xsd", resources);
            Assert.True(NctsSchemas.Set.GlobalElements.Contains(new System.Xml.XmlQualifiedName(type, "http://ncts.dgtaxud.ec")), type);
        }

        using var licence = new StreamReader(typeof(NctsFormatPlugin).Assembly.GetManifestResourceStream("Ncts.Schemas.LICENSE-hmrc.txt")!);
        Assert.Contains("Apache License", licence.ReadToEnd(), StringComparison.Ordinal);
        Assert.Same(NctsSchemas.Set, NctsSchemas.Set);
    }
}
