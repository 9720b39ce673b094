using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WrotaCelne.Modules.Declarations.Contracts.Drafts;
using WrotaCelne.Plugins.Abstractions.Declarations;

namespace WrotaCelne.Benchmarks.Archive;

/// <summary>
/// Someone working on one draft: saves the whole document again and again through the API, each time with one goods
/// item's gross mass changed and the revision the last save answered, as the editor page and an ERP do.
/// </summary>
internal sealed class DraftEditorClient
{
    private const string Path = "/api/v1/declarations";

    private readonly HttpClient _client;
    private readonly Guid _id;
    private readonly CustomsDeclaration _document;
    private int _revision;
    private int _saves;

    private DraftEditorClient(HttpClient client, Guid id, CustomsDeclaration document)
    {
        _client = client;
        _id = id;
        _document = document;
    }

    /// <summary>Starts a draft with <paramref name="document"/> (POST, 201) to edit.</summary>
    public static async Task<DraftEditorClient> StartAsync(HttpClient client, CustomsDeclaration document, string lrn)
    {
        using var response = await client.PostAsJsonAsync(new Uri(Path, UriKind.Relative), new { lrn, document }, DeclarationJson.Options);
        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"The draft {lrn} could not be started: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        var draft = await response.Content.ReadFromJsonAsync<DraftDto>() ?? throw new InvalidOperationException("The new draft's answer was empty.");
        return new DraftEditorClient(client, draft.Id, document);
    }

    public async Task<SaveSample> SaveAsync()
    {
        _saves++;
        var item = _document.Items[_saves % _document.Items.Count];
        item.GrossMass = (item.NetMass ?? 0) + 1 + (_saves % 1000 / 1000m);
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await _client.PutAsJsonAsync(new Uri($"{Path}/{_id}", UriKind.Relative), new { revision = _revision, document = _document }, DeclarationJson.Options);
            var body = await response.Content.ReadAsByteArrayAsync();
            var latency = Stopwatch.GetElapsedTime(started);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                await Console.Error.WriteLineAsync($"PUT {Path}/{_id} answered {(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(body)}");
                return new SaveSample(false, latency);
            }

            using var saved = JsonDocument.Parse(body);
            var revision = saved.RootElement.GetProperty("revision").GetInt32();
            var ok = revision == _revision + 1;
            _revision = revision;
            return new SaveSample(ok, latency);
        }
        catch (HttpRequestException)
        {
            return new SaveSample(false, Stopwatch.GetElapsedTime(started));
        }
    }
}
