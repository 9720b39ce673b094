using System.Text;
using System.Xml.Linq;
using WrotaCelne.BuildingBlocks.Infrastructure.Gateway;

namespace WrotaCelne.GatewayTests.Infrastructure;

/// <summary>Collects what GetNextDocument hands out and picks the answers to one sent document.</summary>
internal static class Answers
{
    public static readonly XNamespace Receipt = "urn:wrotacelne:gateway-simulator:receipt:v1";
    public static readonly XNamespace Ncts = "http://ncts.dgtaxud.ec";

    /// <summary>Every due document of the client's login, in the order handed out, until hasNext is false and nothing comes.</summary>
    public static async Task<List<SeapDocument>> DrainAsync(SeapClient client)
    {
        var documents = new List<SeapDocument>();
        for (var i = 0; i < 100; i++)
        {
            var next = await client.GetNextDocumentAsync();
            Assert.True(next.Succeeded, next.Error?.ToString());
            if (next.Value.Document is { } document)
            {
                documents.Add(document);
            }

            if (!next.Value.HasNext && next.Value.Document is null)
            {
                return documents;
            }
        }

        throw new InvalidOperationException("The queue does not end.");
    }

    public static async Task<List<SeapDocument>> ToAsync(SeapClient client, string sysRef) =>
        (await DrainAsync(client)).Where(d => d.CaseId == sysRef).ToList();

    public static XElement Xml(SeapDocument document) => XDocument.Parse(Encoding.UTF8.GetString(document.Content.Data)).Root!;
}
