using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WrotaCelne.BuildingBlocks.Infrastructure.Gateway;

namespace WrotaCelne.IntegrationTests.Exchange;

/// <summary>
/// A network between the host and the real gateway simulator that misbehaves on cue: answers 500 without passing the
/// call on, passes it on and then loses the answer (500 or a stall past the client's timeout), answers with the
/// gateway's technical SOAP fault, strips the file name so the simulator itself answers with a business fault, changes
/// a byte of the signed message on the way (the simulator answers with an NPP), or holds back an answer the gateway
/// hands out and delivers it after the next one (answers out of order). Everything else is passed through unchanged.
/// </summary>
public sealed partial class FaultyGateway : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _forward = new();
    private readonly ConcurrentQueue<Fault> _acceptFaults = new();
    private readonly ConcurrentDictionary<string, byte> _holdBack = new(StringComparer.Ordinal);
    private byte[]? _heldAnswer;
    private bool _releaseHeld;
    private int _acceptCalls;

    private FaultyGateway(WebApplication app) => _app = app;

    public enum Fault
    {
        Answer500,
        ForwardThenAnswer500,
        ForwardThenStall,
        StripFileName,

        /// <summary>The gateway's techErrorFault (E100, overloaded), the call not passed on.</summary>
        TechnicalFault,

        /// <summary>One character of the signed business message changed on the way: its signature no longer verifies.</summary>
        CorruptContent,
    }

    public Uri Address { get; private set; } = null!;

    /// <summary>AcceptDocument calls that reached this network (faulty or not).</summary>
    public int AcceptCalls => _acceptCalls;

    /// <summary>Where calls are passed on to; set once the host (and its simulator) runs.</summary>
    public Uri? Simulator { get; set; }

    public static async Task<FaultyGateway> StartAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var gateway = new FaultyGateway(app);
        app.MapPost("/", context => gateway.HandleAsync(context, gateway.Simulator!));
        await app.StartAsync();
        gateway.Address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
        return gateway;
    }

    public void OnNextAccepts(params Fault[] faults)
    {
        foreach (var fault in faults)
        {
            _acceptFaults.Enqueue(fault);
        }
    }

    /// <summary>The next answer GetNextDocument hands out whose file name starts with <paramref name="fileNamePrefix"/> is held back and delivered after the one that follows it.</summary>
    public void HoldBackNext(string fileNamePrefix) => _holdBack[fileNamePrefix] = 0;

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _forward.Dispose();
    }

    private async Task HandleAsync(HttpContext context, Uri simulator)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        Fault? fault = null;
        if (body.Contains("AcceptDocumentRequest", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _acceptCalls);
            fault = _acceptFaults.TryDequeue(out var next) ? next : null;
        }

        if (_releaseHeld && body.Contains("GetNextDocumentRequest", StringComparison.Ordinal))
        {
            // The answer held back is handed out now, after the one that was due later (the simulator is not asked).
            var held = Interlocked.Exchange(ref _heldAnswer, null)!;
            _releaseHeld = false;
            context.Response.ContentType = "text/xml; charset=utf-8";
            await context.Response.Body.WriteAsync(held);
            return;
        }

        if (fault == Fault.Answer500)
        {
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            return;
        }

        if (fault == Fault.TechnicalFault)
        {
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            context.Response.ContentType = "text/xml; charset=utf-8";
            await context.Response.Body.WriteAsync(SeapEnvelope.ToBytes(SeapEnvelope.Fault(false, "E100", "System przeciążony, spróbuj później.")));
            return;
        }

        if (fault == Fault.StripFileName)
        {
            body = FileNameAttribute().Replace(body, "");
        }

        if (fault == Fault.CorruptContent)
        {
            body = ContentElement().Replace(body, m => m.Groups[1].Value + Corrupt(m.Groups[2].Value) + m.Groups[3].Value, 1);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, simulator) { Content = new StringContent(body, Encoding.UTF8, "text/xml") };
        if (context.Request.Headers.TryGetValue("SOAPAction", out var action))
        {
            request.Headers.TryAddWithoutValidation("SOAPAction", action.ToString());
        }

        using var response = await _forward.SendAsync(request);
        var answer = await response.Content.ReadAsByteArrayAsync();
        if (fault == Fault.ForwardThenAnswer500)
        {
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            return;
        }

        if (fault == Fault.ForwardThenStall)
        {
            await Task.Delay(TimeSpan.FromSeconds(4), context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
            return;
        }

        if (body.Contains("GetNextDocumentRequest", StringComparison.Ordinal))
        {
            answer = Reorder(answer);
        }

        context.Response.StatusCode = (int)response.StatusCode;
        context.Response.ContentType = response.Content.Headers.ContentType?.ToString() ?? "text/xml";
        await context.Response.Body.WriteAsync(answer);
    }

    /// <summary>
    /// Holds back a GetNextDocument answer whose file name the test named (the host gets no document this time) and lets
    /// the next document through; the held one is handed out at the call after that.
    /// </summary>
    private byte[] Reorder(byte[] answer)
    {
        var text = Encoding.UTF8.GetString(answer);
        var fileName = FileNameAttribute().Match(text) is { Success: true } m ? m.Value.Split('"')[1] : null;
        var prefix = fileName is null ? null : _holdBack.Keys.FirstOrDefault(p => fileName.StartsWith(p, StringComparison.Ordinal));
        if (prefix is not null && _holdBack.TryRemove(prefix, out _))
        {
            _heldAnswer = answer;
            return Encoding.UTF8.GetBytes(DocumentElement().Replace(text, "", 1));
        }

        if (fileName is not null && _heldAnswer is not null)
        {
            _releaseHeld = true;
        }

        return answer;
    }

    private static string Corrupt(string base64)
    {
        var xml = Encoding.UTF8.GetString(Convert.FromBase64String(base64));
        var at = xml.IndexOf("<LRN>", StringComparison.Ordinal) + "<LRN>".Length;
        var changed = xml[..at] + (xml[at] == 'X' ? 'Y' : 'X') + xml[(at + 1)..];
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(changed));
    }

    [GeneratedRegex("(<[^>]*content\\b[^>]*>)([A-Za-z0-9+/=\\s]+)(</)")]
    private static partial Regex ContentElement();

    [GeneratedRegex("<[^>]*document\\b[^>]*>.*</[^>]*document>", RegexOptions.Singleline)]
    private static partial Regex DocumentElement();

    [GeneratedRegex("\\s+filename=\"[^\"]*\"")]
    private static partial Regex FileNameAttribute();
}
