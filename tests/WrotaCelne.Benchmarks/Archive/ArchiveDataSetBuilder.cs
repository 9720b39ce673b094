using System.Diagnostics;
using WrotaCelne.Benchmarks.Hosting;

namespace WrotaCelne.Benchmarks.Archive;

/// <summary>
/// Builds a data directory from nothing: the host registers three organizations (in this process, as the sign-in
/// benchmark does); the host's executable is started once so the big organization's administrator can set up
/// branches and users through the API; then, with the host stopped, the declarations are written.
/// </summary>
internal static class ArchiveDataSetBuilder
{
    public const int Companies = 5_000;

    /// <summary>The two other organizations' declarations: enough to show that the big one's searches never see or pay for them.</summary>
    public static readonly IReadOnlyList<int> OtherDeclarations = [3_000, 2_000];

    private const int Seed = 20261125;

    private static readonly Company[] Agencies =
    [
        new("Agencja Celna Brama Sp. z o.o.", "PL5261040828000", "ul. Celna 1", "00-950", "Warszawa", "PL"),
        new("Agencja Celna Odra Sp. j.", "PL8510003347000", "ul. Graniczna 7", "69-100", "Słubice", "PL"),
        new("Biuro Celne Wisła s.c.", "PL5830002290000", "ul. Portowa 3", "80-001", "Gdańsk", "PL"),
    ];

    public static async Task<ArchiveDataSet> BuildAsync(string dataDirectory, int declarations, LoopbackCertificate certificate)
    {
        var started = Stopwatch.GetTimestamp();
        var generatedAt = DateTimeOffset.UtcNow;
        Directory.CreateDirectory(dataDirectory);
        Console.WriteLine("Registering the organizations...");
        var administrators = await AccountSetup.CreateAsync(dataDirectory, 1 + OtherDeclarations.Count);
        BenchAccount administrator;
        ArchiveOrganization organization;
        await using (var host = await BenchHost.StartAsync(certificate, dataDirectory, signInsPerMinute: null))
        {
            Console.WriteLine("Adding branches and users through the API...");
            (administrator, organization) = await StaffSetup.CreateAsync(host, administrators[0], declarations);
        }

        // The other organizations' declarations are recorded for their administrators (an id of the benchmark's own: only the big organization signs in).
        var others = OtherDeclarations
            .Select((count, i) => new ArchiveOrganization(administrators[i + 1].OrganizationId, [], [new ArchiveUser(Guid.NewGuid(), administrators[i + 1].Email, null)], count))
            .ToList();
        var random = new Random(Seed);
        var companies = CompanyDirectory.Create(random, Companies);
        var generator = new DeclarationGenerator(random, [.. new[] { organization }.Concat(others).Select((o, i) => (o, new DocumentFactory(companies, Agencies[i])))]);
        var lastUtc = DateTime.UtcNow;
        var firstUtc = lastUtc.AddYears(-3);
        Console.WriteLine($"Generating {generator.Total:N0} declarations...");
        await ArchiveWriter.WriteAsync(dataDirectory, generator.Generate(firstUtc, lastUtc), generator.Total);

        var probes = new SearchProbes(
            [.. companies.German.Take(5).Concat(companies.Polish.Take(5)).Select(c => c.Name)],
            [.. companies.German.TakeLast(5).Concat(companies.Polish.TakeLast(5)).Select(c => c.Name)],
            [.. companies.German.Concat(companies.Polish).Where((_, i) => i % 50 == 7).Select(c => c.Eori)],
            generator.Mrns,
            generator.LrnPrefixes,
            [.. OfficeCodes.Polish.Take(20)],
            [.. GoodsVocabulary.Nouns.Select(n => n.Noun.Split(' ')[0].ToLowerInvariant())],
            DateOnly.FromDateTime(firstUtc),
            DateOnly.FromDateTime(lastUtc));
        return new ArchiveDataSet(administrator, organization, OtherDeclarations, probes, generatedAt, Stopwatch.GetElapsedTime(started));
    }
}
