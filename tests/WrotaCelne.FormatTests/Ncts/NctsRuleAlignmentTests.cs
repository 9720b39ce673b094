using WrotaCelne.FormatTests.Generation;
using WrotaCelne.Plugins.Abstractions.Declarations;
using WrotaCelne.Plugins.Abstractions.Formats;
using Xunit;

namespace WrotaCelne.FormatTests.Ncts;

/// <summary>
/// Each transit rule added for NCTS guards a real constraint of the official schema: the platform refuses the value
/// with that rule, and the plugin (were it sent anyway) answers with a schema error.
/// </summary>
public sealed class NctsRuleAlignmentTests
{
    public static TheoryData<string, string> Cases => new()
    {
        { "FMT-TRANSIT-MASS", "gross mass with 7 decimals" },
        { "RANGE-TRANSIT-NET-MASS", "net mass 0" },
        { "FMT-TRANSIT-TRANSPORT-MODE", "transport mode 17" },
        { "FMT-TRANSIT-GUARANTEE-AMOUNT", "amount with 3 decimals" },
        { "FMT-TRANSIT-UCR", "UCR with a Polish letter" },
        { "MAX-TRANSIT-SEAL", "seal of 21 characters" },
        { "FMT-TRANSIT-ADDITIONAL-INFORMATION-CODE", "information code of 3 characters" },
        { "FMT-TRANSIT-TRANSPORT-MEANS-TYPE", "transport means type of 1 digit" },
        { "FMT-UN-NUMBER", "UN number of 3 digits" },
        { "MAX-TRANSIT-35", "phone of 36 characters" },
        { "FMT-TRANSIT-EMAIL", "e-mail with a Polish letter" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task The_rule_and_the_schema_refuse_the_same_value(string rule, string change)
    {
        var declaration = new TransitDeclarationGenerator(31).Next(itemCount: 2);
        await PlatformValidation.AssertValidAsync(declaration);
        Apply(declaration, change);

        Assert.Contains(await PlatformValidation.ErrorsAsync(declaration), e => e.Contains($" {rule}:", StringComparison.Ordinal));
        var result = NctsRequests.Plugin.Serialize(NctsRequests.Request("CC015C", declaration));
        Assert.Null(result.Value);
        Assert.Contains(result.Errors, e => e.Code == FormatProblemCodes.SchemaInvalid);
    }

    private static void Apply(CustomsDeclaration d, string change)
    {
        var item = d.Items[0];
        switch (change)
        {
            case "gross mass with 7 decimals":
                item.GrossMass = 1.0000001m;
                d.Consignment.GrossMass = d.Items.Sum(i => i.GrossMass!.Value);
                item.NetMass = null;
                break;
            case "net mass 0":
                item.NetMass = 0m;
                break;
            case "transport mode 17":
                d.Consignment.InlandModeOfTransport = "17";
                break;
            case "amount with 3 decimals":
                d.Guarantees = [new GuaranteeReference { Type = "1", Grn = "26PL0000000000011", Amount = 100.125m, Currency = "EUR" }];
                break;
            case "UCR with a Polish letter":
                d.Consignment.ReferenceNumberUcr = "ŁÓDŹ-2026";
                break;
            case "seal of 21 characters":
                d.Consignment.TransportEquipment = [new TransportEquipment { Seals = [new string('S', 21)] }];
                break;
            case "information code of 3 characters":
                d.Consignment.AdditionalInformation = [new AdditionalInformation { Code = "002" }];
                break;
            case "transport means type of 1 digit":
                d.Consignment.DepartureTransportMeans = [new TransportMeans { TypeOfIdentification = "3", IdentificationNumber = "EL12345", Nationality = "PL" }];
                break;
            case "UN number of 3 digits":
                item.UnNumber = "123";
                break;
            case "phone of 36 characters":
                d.Parties.Holder!.Contact = new Contact { Name = "Jan Kowalski", Phone = new string('1', 36) };
                break;
            case "e-mail with a Polish letter":
                d.Parties.Holder!.Contact = new Contact { Name = "Jan Kowalski", Phone = "+48 42 123", Email = "jan@łódź.pl" };
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(change), change, null);
        }
    }
}
