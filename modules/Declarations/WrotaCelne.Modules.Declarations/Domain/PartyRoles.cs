using WrotaCelne.Plugins.Abstractions.Declarations;

namespace WrotaCelne.Modules.Declarations.Domain;

/// <summary>The parties of a document by role name (<c>holder</c>, <c>consignee</c>...): one place that knows the roles.</summary>
internal static class PartyRoles
{
    public static IEnumerable<(string Role, Party? Party)> Of(Parties parties)
    {
        ArgumentNullException.ThrowIfNull(parties);
        yield return ("holder", parties.Holder);
        yield return ("exporter", parties.Exporter);
        yield return ("importer", parties.Importer);
        yield return ("declarant", parties.Declarant);
        yield return ("consignor", parties.Consignor);
        yield return ("consignee", parties.Consignee);
        yield return ("carrier", parties.Carrier);
    }

    /// <returns>False for a role name that is not one of <see cref="Of"/>'s.</returns>
    public static bool TrySet(Parties parties, string role, Party party)
    {
        ArgumentNullException.ThrowIfNull(parties);
        switch (role)
        {
            case "holder": parties.Holder = party; break;
            case "exporter": parties.Exporter = party; break;
            case "importer": parties.Importer = party; break;
            case "declarant": parties.Declarant = party; break;
            case "consignor": parties.Consignor = party; break;
            case "consignee": parties.Consignee = party; break;
            case "carrier": parties.Carrier = party; break;
            default: return false;
        }

        return true;
    }
}
