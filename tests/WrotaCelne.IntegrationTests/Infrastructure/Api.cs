using System.Net.Http.Json;
using System.Text.Json;

namespace WrotaCelne.IntegrationTests.Infrastructure;

internal static class Api
{
    private static int _nipSeed = 100_000;

    /// <summary>A fresh valid NIP (the check digit computed as the rule demands), so tests never collide.</summary>
    public static string NewNip()
    {
        int[] weights = [6, 5, 7, 2, 3, 4, 5, 6, 7];
        while (true)
        {
            var body = "526" + Interlocked.Increment(ref _nipSeed).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
            var check = body.Select((c, i) => (c - '0') * weights[i]).Sum() % 11;
            if (check != 10)
            {
                return body + check;
            }
        }
    }

    public static string NewEmail(string who) => $"{who}-{Guid.NewGuid():N}@agencja.test";

    /// <summary>A valid Polish address for organization and branch forms.</summary>
    public static object Address { get; } = new { street = "ul. Celna 1", city = "Warszawa", postalCode = "00-950", country = "PL" };

    /// <summary>Has the operator register an organization; returns the organization (the answer's <c>organization</c> part).</summary>
    public static Task<JsonElement> RegisterOrganizationAsync(HttpClient client, string name = "Agencja Celna Test") =>
        RegisterOrganizationWithNipAsync(client, NewNip(), name);

    public static async Task<JsonElement> RegisterOrganizationWithNipAsync(HttpClient client, string nip, string name = "Agencja Celna Test")
    {
        var response = await client.PostAsJsonAsync("/api/v1/organizations", new { name, nip, address = Address, administratorName = "Anna Administrator", administratorEmail = NewEmail("admin") });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("organization");
    }

    /// <summary>Reads the body as JSON; the content is buffered, so it can be read again.</summary>
    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response) => JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
}
