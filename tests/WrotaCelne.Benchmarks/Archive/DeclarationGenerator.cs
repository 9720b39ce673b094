using System.Globalization;
using WrotaCelne.BuildingBlocks;
using WrotaCelne.Modules.Declarations.Domain;
using WrotaCelne.Plugins.Abstractions;
using WrotaCelne.Plugins.Abstractions.Declarations;

namespace WrotaCelne.Benchmarks.Archive;

/// <summary>
/// Makes the archive's declarations through the domain, oldest first and spread evenly over the period, the
/// organizations' declarations interleaved: 70 % transit, 20 % export, 10 % import; 1 to 5 goods items; offices and
/// companies drawn with a long tail; each by one of the organization's users in that user's branch; LRNs numbered
/// per organization and year as the default mask does ({YYYY}/{SEQ:6}).
/// </summary>
internal sealed class DeclarationGenerator
{
    private const int ProbeCount = 200;
    private const string MrnCharacters = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static readonly int[] ItemCountWeights = [35, 25, 18, 12, 10];

    private readonly Random _random;
    private readonly IReadOnlyList<(ArchiveOrganization Organization, DocumentFactory Documents)> _organizations;
    private readonly WeightedPicker _offices = new(OfficeCodes.PolishCount, 1.0);
    private readonly List<string> _mrns = [];
    private readonly List<string> _lrnPrefixes = [];

    public DeclarationGenerator(Random random, IReadOnlyList<(ArchiveOrganization Organization, DocumentFactory Documents)> organizations)
    {
        _random = random;
        _organizations = organizations;
        Total = organizations.Sum(o => o.Organization.Declarations);
    }

    public int Total { get; }

    /// <summary>MRNs of the first organization's declarations, sampled evenly; filled while <see cref="Generate"/> runs.</summary>
    public IReadOnlyList<string> Mrns => _mrns;

    /// <summary>Beginnings of the first organization's LRNs, sampled evenly; filled while <see cref="Generate"/> runs.</summary>
    public IReadOnlyList<string> LrnPrefixes => _lrnPrefixes;

    public IEnumerable<GeneratedDeclaration> Generate(DateTime firstUtc, DateTime lastUtc)
    {
        var remaining = _organizations.Select(o => o.Organization.Declarations).ToArray();
        var sequences = _organizations.Select(_ => new Dictionary<int, int>()).ToArray();
        var step = (lastUtc - firstUtc) / Math.Max(1, Total);
        var sampleEvery = Math.Max(1, _organizations[0].Organization.Declarations / ProbeCount);
        var ofFirst = 0;
        for (var i = 0; i < Total; i++)
        {
            var index = PickOrganization(remaining, Total - i);
            remaining[index]--;
            var (organization, documents) = _organizations[index];
            var createdUtc = firstUtc + step * i + step * _random.NextDouble();
            var year = createdUtc.Year;
            var sequence = sequences[index].GetValueOrDefault(year) + 1;
            sequences[index][year] = sequence;
            var lrn = string.Create(CultureInfo.InvariantCulture, $"{year}/{sequence:D6}");

            var family = _random.Next(10) switch { < 7 => DeclarationFamily.Transit, < 9 => DeclarationFamily.Export, _ => DeclarationFamily.Import };
            var document = documents.Create(_random, family, OfficeCodes.Polish[_offices.Pick(_random)], ItemCount());
            var user = organization.Users[_random.Next(organization.Users.Count)];
            var actor = new Actor(user.Id, user.Email);
            var declaration = Declaration.StartDraft(
                new CallerScope(organization.Id, []), actor, family.ToString(), lrn, user.BranchId, organization.Branches, createdUtc, document);
            var created = DeclarationRevision.Record(declaration, actor, RevisionKind.Created, null, [], createdUtc);

            var status = StatusMix.Pick(_random, family);
            var mrn = StatusMix.HasMrn(status) ? Mrn(createdUtc) : null;
            var updatedUtc = createdUtc + TimeSpan.FromMinutes(status == DeclarationStatus.Draft ? _random.Next(0, 120) : _random.Next(30, 72 * 60));
            if (index == 0 && ofFirst++ % sampleEvery == sampleEvery / 2)
            {
                _lrnPrefixes.Add(lrn[..9]);
                if (mrn is not null)
                {
                    _mrns.Add(mrn);
                }
            }

            yield return new GeneratedDeclaration(declaration, created, status, mrn, updatedUtc < lastUtc ? updatedUtc : lastUtc);
        }
    }

    /// <summary>Each organization in proportion to the declarations it has yet to get, so every one ends with its exact count.</summary>
    private int PickOrganization(int[] remaining, int left)
    {
        var roll = _random.Next(left);
        for (var i = 0; i < remaining.Length; i++)
        {
            if (roll < remaining[i])
            {
                return i;
            }

            roll -= remaining[i];
        }

        throw new InvalidOperationException("No organization has declarations left to generate.");
    }

    private int ItemCount()
    {
        var roll = _random.Next(100);
        for (var count = 0; count < ItemCountWeights.Length; count++)
        {
            if (roll < ItemCountWeights[count])
            {
                return count + 1;
            }

            roll -= ItemCountWeights[count];
        }

        return ItemCountWeights.Length;
    }

    /// <summary>Year, PL, 13 letters and digits, and the check digit the product verifies.</summary>
    private string Mrn(DateTime createdUtc)
    {
        Span<char> mrn = stackalloc char[18];
        (createdUtc.Year % 100).TryFormat(mrn, out _, "D2", CultureInfo.InvariantCulture);
        mrn[2] = 'P';
        mrn[3] = 'L';
        for (var i = 4; i < 17; i++)
        {
            mrn[i] = MrnCharacters[_random.Next(MrnCharacters.Length)];
        }

        mrn[17] = (char)('0' + CheckDigit.Of(mrn[..17])!.Value);
        return new string(mrn);
    }
}
