using WrotaCelne.BuildingBlocks.Infrastructure.Gateway;
using WrotaCelne.IntegrationTests.Declarations;
using WrotaCelne.Plugins.Abstractions;
using WrotaCelne.Plugins.Abstractions.Declarations;
using WrotaCelne.Plugins.Abstractions.Formats;
using WrotaCelne.Plugins.Formats.Aes;
using WrotaCelne.Plugins.Formats.Ais;
using WrotaCelne.Plugins.Formats.Ncts;

namespace WrotaCelne.GatewayTests.Infrastructure;

/// <summary>Export (CC515C) and import (ZC415) declarations made by the real AES and AIS plugins, and answers read back by the real plugins.</summary>
internal static class DeclarationMessages
{
    public static byte[] Cc515c(string lrn, int security = 0)
    {
        var declaration = SampleDeclarations.Export();
        declaration.Lrn = lrn;
        declaration.Security = security;
        return Serialize(new AesFormatPlugin(), "CC515C", declaration);
    }

    public static byte[] Zc415(string lrn)
    {
        var declaration = SampleDeclarations.Import();
        declaration.Lrn = lrn;
        return Serialize(new AisFormatPlugin(), "ZC415", declaration);
    }

    /// <summary>The answer read by the plugin of its system, which must succeed without errors.</summary>
    public static InboundNotification Parse(SeapDocument answer, string system)
    {
        IMessageFormatPlugin plugin = system switch
        {
            SeapTargetSystems.Aes => new AesFormatPlugin(),
            SeapTargetSystems.Ais => new AisFormatPlugin(),
            _ => new NctsFormatPlugin(),
        };
        var result = plugin.Parse(new InboundMessage(answer.Content.Data));
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => $"{e.Code} {e.Pointer}: {e.Message}")));
        Assert.DoesNotContain(result.Warnings, w => w.Code != FormatProblemCodes.SchemaAbsent);
        return result.Value!;
    }

    private static byte[] Serialize(IMessageFormatPlugin plugin, string type, CustomsDeclaration declaration)
    {
        var header = new MessageHeader(SampleDeclarations.PolishEori, "NTA.PL", TransitMessages.MessageIdentification, DateTimeOffset.UtcNow);
        var result = plugin.Serialize(new OutboundRequest(type, declaration, header));
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => $"{e.Pointer}: {e.Message}")));
        return result.Value!.Content;
    }
}
