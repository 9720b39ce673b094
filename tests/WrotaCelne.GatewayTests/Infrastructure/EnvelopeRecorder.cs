using System.Collections.Concurrent;

namespace WrotaCelne.GatewayTests.Infrastructure;

/// <summary>The bodies that went over the wire: requests and responses, in order.</summary>
public sealed class EnvelopeRecorder
{
    public ConcurrentQueue<byte[]> Requests { get; } = new();

    public ConcurrentQueue<byte[]> Responses { get; } = new();
}

/// <summary>Records each request and response body and passes them on unchanged.</summary>
public sealed class RecordingHandler(EnvelopeRecorder recorder) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is not null)
        {
            recorder.Requests.Enqueue(await request.Content.ReadAsByteArrayAsync(cancellationToken));
        }

        var response = await base.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        recorder.Responses.Enqueue(body);
        var copy = new ByteArrayContent(body);
        foreach (var header in response.Content.Headers)
        {
            copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        response.Content = copy;
        return response;
    }
}
