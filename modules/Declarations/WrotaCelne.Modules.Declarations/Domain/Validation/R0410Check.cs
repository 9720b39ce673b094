using System.Text.Json.Nodes;

namespace WrotaCelne.Modules.Declarations.Domain.Validation;

/// <summary>
/// Transit rule R0410: the procedure letter of the MRN (position 17) follows the security indicator, 1 → L,
/// 2 → K, 3 → M, otherwise J; the indicator itself is 0 to 3. The rule's path is the MRN; the indicator is its
/// sibling <c>security</c>.
/// </summary>
internal sealed class R0410Check : IDeclarationCheck
{
    public const int LetterPosition = 16;

    public string Name => "R0410";

    public IReadOnlyList<string> MessageKeys { get; } = ["r0410", "r0410Security"];

    public void Validate(DeclarationRule rule)
    {
    }

    public IEnumerable<CheckFinding> Run(JsonNode root, DeclarationRule rule)
    {
        foreach (var path in rule.Paths)
        {
            foreach (var (location, node) in path.Select(root))
            {
                var securityPath = location.Parent.Property("security");
                var security = securityPath.Select(root).Select(s => s.Node).FirstOrDefault(JsonValues.IsPresent);
                if (security is null)
                {
                    continue;
                }

                var indicator = JsonValues.Number(security);
                if (indicator is not (0 or 1 or 2 or 3))
                {
                    yield return new CheckFinding(securityPath, "r0410Security", new Dictionary<string, object?> { ["value"] = JsonValues.Text(security) });
                    continue;
                }

                if (JsonValues.Text(node) is { Length: > LetterPosition } mrn)
                {
                    var expected = Expected((int)indicator.Value);
                    if (mrn[LetterPosition] != expected)
                    {
                        yield return new CheckFinding(location, "r0410", new Dictionary<string, object?>
                        {
                            ["value"] = mrn, ["letter"] = mrn[LetterPosition].ToString(), ["expected"] = expected.ToString(), ["security"] = (int)indicator.Value,
                        });
                    }
                }
            }
        }
    }

    public static char Expected(int security) => security switch
    {
        1 => 'L',
        2 => 'K',
        3 => 'M',
        _ => 'J',
    };
}
