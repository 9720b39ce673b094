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

namespace WrotaCelne.IntegrationTests.Exchange;

/// <summary>
/// A network between the host and the real gateway simulator that misbehaves on cue: answers 500 without passing the
/// call on, passes it on and then loses the answer (500 or a stall past the client's timeout), or strips the file name
/// so the simulator itself answers with a business fault. Everything else is passed through unchanged.
/// </summary>
public sealed partial class FaultyGateway : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _forward = new();
    private readonly ConcurrentQueue<Fault> _acceptFaults = new();
    private int _acceptCalls;

    private FaultyGateway(WebApplication app) => _app = app;

    public enum Fault
    {
        Answer500,
        ForwardThenAnswer500,
        ForwardThenStall,
        StripFileName,
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

        if (fault == Fault.Answer500)
        {
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            return;
        }

        if (fault == Fault.StripFileName)
        {
            body = FileNameAttribute().Replace(body, "");
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

        context.Response.StatusCode = (int)response.StatusCode;
        context.Response.ContentType = response.Content.Headers.ContentType?.ToString() ?? "text/xml";
        await context.Response.Body.WriteAsync(answer);
    }

    [GeneratedRegex("\\s+filename=\"[^\"]*\"")]
    private static partial Regex FileNameAttribute();
}
