using System.Net;
using System.Text;
using MimeKit;
using netDumbster.smtp;
using Xunit;

namespace WrotaCelne.IntegrationTests.Infrastructure;

/// <summary>One host shared by the tests of a class, sending its e-mail to a local fake SMTP server (as in CredentialsMailTests).</summary>
public sealed class SmtpHostFixture : IAsyncLifetime
{
    public const string PublicUrl = "https://clo.example.com/";

    private SimpleSmtpServer _smtp = null!;

    public TestHost Host { get; private set; } = null!;

    /// <summary>Every message the server has taken so far, parsed (subjects decoded).</summary>
    public IReadOnlyList<MimeMessage> Received =>
        _smtp.ReceivedEmail.Select(m => MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(m.Data)))).ToList();

    public async Task InitializeAsync()
    {
        var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        _smtp = SimpleSmtpServer.Start(port);
        Host = await TestHost.StartAsync(new Dictionary<string, string>
        {
            ["Mail:Host"] = "127.0.0.1",
            ["Mail:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Mail:Security"] = "None",
            ["Mail:From"] = "clo@wrotacelne.test",
            ["Mail:PublicUrl"] = PublicUrl,
        });
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        _smtp.Stop();
    }

    /// <summary>Waits for the message to <paramref name="address"/> whose subject contains <paramref name="subjectPart"/>.</summary>
    public Task<MimeMessage> ReceivedByAsync(string address, string subjectPart) =>
        TestHost.EventuallyAsync(() => Task.FromResult(Received.FirstOrDefault(m =>
            m.To.Mailboxes.Any(a => string.Equals(a.Address, address, StringComparison.OrdinalIgnoreCase)) && (m.Subject ?? "").Contains(subjectPart, StringComparison.Ordinal))));
}
