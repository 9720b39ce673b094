using System.Net;
using System.Net.Sockets;
using System.Text;
using WrotaCelne.BuildingBlocks.Infrastructure.Gateway;

namespace WrotaCelne.GatewayTests;

/// <summary>How the client sorts answers that are not the gateway's own: HTTP errors, timeouts, refused connections, non-SOAP bodies.</summary>
public sealed class TransportTests
{
    private static readonly Uri Nowhere = new("http://127.0.0.1:9/seap");

    [Fact]
    public async Task An_HTTP_500_without_a_SOAP_fault_is_a_transport_error()
    {
        var client = Client(new Answering(HttpStatusCode.InternalServerError, "<html><body>Internal Server Error</body></html>", "text/html"));

        var result = await client.GetNextDocumentAsync();

        var error = Assert.IsType<SeapError.Transport>(result.Error);
        Assert.Equal((SeapTransportFailure.HttpStatus, (int?)500), (error.Kind, error.StatusCode));
    }

    [Fact]
    public async Task An_HTTP_503_with_an_empty_body_is_a_transport_error() =>
        Assert.Equal(503, Assert.IsType<SeapError.Transport>((await Client(new Answering(HttpStatusCode.ServiceUnavailable, string.Empty, "text/plain")).GetNextDocumentAsync()).Error).StatusCode);

    [Fact]
    public async Task A_SOAP_fault_without_the_declared_detail_is_a_technical_fault_with_its_faultcode()
    {
        const string fault = """<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body><s:Fault><faultcode>s:Server</faultcode><faultstring>Gateway busy</faultstring></s:Fault></s:Body></s:Envelope>""";

        var result = await Client(new Answering(HttpStatusCode.InternalServerError, fault, "text/xml")).GetNextDocumentAsync();

        Assert.Equal(new SeapError.TechnicalFault("s:Server", "Gateway busy"), result.Error);
    }

    [Theory]
    [InlineData("not xml at all")]
    [InlineData("<html/>")]
    [InlineData("""<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body><Other/></s:Body></s:Envelope>""")]
    [InlineData("""<?xml version="1.0"?><!DOCTYPE s [<!ENTITY x "y">]><s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body>&x;</s:Body></s:Envelope>""")]
    public async Task A_200_that_is_not_the_expected_SOAP_answer_is_malformed(string body) =>
        Assert.IsType<SeapError.Malformed>((await Client(new Answering(HttpStatusCode.OK, body, "text/xml")).GetNextDocumentAsync()).Error);

    [Fact]
    public async Task A_gateway_slower_than_the_client_timeout_is_a_transport_timeout()
    {
        var client = new SeapClient(new HttpClient(new Delaying(TimeSpan.FromSeconds(10))) { Timeout = TimeSpan.FromMilliseconds(150) }, new SeapEndpoint(Nowhere, "a", "b"));

        var result = await client.GetNextDocumentAsync();

        Assert.Equal(SeapTransportFailure.Timeout, Assert.IsType<SeapError.Transport>(result.Error).Kind);
    }

    [Fact]
    public async Task A_refused_connection_is_a_transport_connection_error()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var client = new SeapClient(new HttpClient(), new SeapEndpoint(new Uri($"http://127.0.0.1:{port}/seap"), "a", "b"));

        var result = await client.AcceptDocumentAsync(new SeapDocument(new SeapContent([1], "a.xml"), [SeapTargetSystems.Ncts]));

        Assert.Equal(SeapTransportFailure.Connection, Assert.IsType<SeapError.Transport>(result.Error).Kind);
    }

    [Fact]
    public async Task Cancellation_by_the_caller_still_cancels()
    {
        var client = new SeapClient(new HttpClient(new Delaying(TimeSpan.FromSeconds(10))), new SeapEndpoint(Nowhere, "a", "b"));
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.GetNextDocumentAsync(cancellation.Token));
    }

    private static SeapClient Client(HttpMessageHandler handler) => new(new HttpClient(handler), new SeapEndpoint(Nowhere, "a", "b"));

    private sealed class Answering(HttpStatusCode status, string body, string mediaType) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, mediaType) });
    }

    private sealed class Delaying(TimeSpan delay) : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            await Task.Delay(delay, cancellationToken);
            return new HttpResponseMessage(HttpStatusCode.OK);
        }
    }
}
