using System.Text.Json;
using WrotaCelne.Benchmarks.Hosting;

namespace WrotaCelne.Benchmarks.Archive;

/// <summary>What a generated data directory holds, kept beside it so a later run can use it without generating again.</summary>
/// <param name="Administrator">The big organization's administrator, with the password chosen at the first sign-in.</param>
/// <param name="Organization">The big organization: the one the benchmark searches as.</param>
/// <param name="OtherDeclarations">Declarations of each of the other organizations, interleaved with the big one's.</param>
/// <param name="GenerationTime">From an empty data directory to the last declaration written.</param>
internal sealed record ArchiveDataSet(
    BenchAccount Administrator,
    ArchiveOrganization Organization,
    IReadOnlyList<int> OtherDeclarations,
    SearchProbes Probes,
    DateTimeOffset GeneratedAt,
    TimeSpan GenerationTime)
{
    private const string FileName = "dataset.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>The data set of <paramref name="folder"/>, or null when it holds none (never generated, or generating stopped halfway).</summary>
    public static ArchiveDataSet? TryRead(string folder)
    {
        var path = Path.Combine(folder, FileName);
        return File.Exists(path) ? JsonSerializer.Deserialize<ArchiveDataSet>(File.ReadAllText(path), Json) : null;
    }

    /// <summary>Written last: its presence says the data directory beside it is complete.</summary>
    public void WriteTo(string folder) => File.WriteAllText(Path.Combine(folder, FileName), JsonSerializer.Serialize(this, Json));
}
