using WrotaCelne.Plugins.Abstractions.Declarations;
using WrotaCelne.Plugins.Abstractions.Formats;

namespace WrotaCelne.Plugins.Formats.Ncts.Declaration;

/// <summary>
/// Canonical data that CC015C/CC013C have no element for. Each one given is a warning (it is not sent), at its
/// canonical JSON path; the platform's rules warn about the same fields for transit declarations.
/// </summary>
internal static class NotCarried
{
    public static IReadOnlyList<FormatProblem> Find(CustomsDeclaration d)
    {
        var found = new List<FormatProblem>();
        void Check(bool given, string path)
        {
            if (given)
            {
                found.Add(new FormatProblem(FormatProblemCodes.MissingData, $"{path} has no place in the NCTS declaration message and is not sent.", path));
            }
        }

        Check(d.Parties.Exporter is not null, "$.parties.exporter");
        Check(d.Parties.Importer is not null, "$.parties.importer");
        Check(d.Parties.Declarant is not null, "$.parties.declarant");
        Check(d.Parties.Representative?.Name is not null, "$.parties.representative.name");
        Check(d.Parties.Representative?.Address is not null, "$.parties.representative.address");
        Check(d.Parties.Carrier?.Name is not null, "$.parties.carrier.name");
        Check(d.Parties.Carrier?.Address is not null, "$.parties.carrier.address");
        Check(d.Parties.Consignee?.Contact is not null, "$.parties.consignee.contact");
        Check(d.InvoiceAmount is not null, "$.invoiceAmount");
        Check(d.InvoiceCurrency is not null, "$.invoiceCurrency");
        Check(d.DeliveryTerms is not null, "$.deliveryTerms");
        for (var i = 0; i < d.Consignment.TransportDocuments.Count; i++)
        {
            Check(d.Consignment.TransportDocuments[i].ComplementOfInformation is not null, $"$.consignment.transportDocuments[{i}].complementOfInformation");
        }

        for (var i = 0; i < d.Items.Count; i++)
        {
            var item = d.Items[i];
            var path = $"$.items[{i}]";
            Check(item.CommodityCode is { Length: > 8 }, path + ".commodityCode");
            Check(item.CountryOfOrigin is not null, path + ".countryOfOrigin");
            Check(item.StatisticalValue is not null, path + ".statisticalValue");
            Check(item.ItemPrice is not null, path + ".itemPrice");
            Check(item.RequestedProcedure is not null, path + ".requestedProcedure");
            Check(item.PreviousProcedure is not null, path + ".previousProcedure");
            Check(item.AdditionalProcedures.Count > 0, path + ".additionalProcedures");
            for (var j = 0; j < item.TransportDocuments.Count; j++)
            {
                Check(item.TransportDocuments[j].ComplementOfInformation is not null, $"{path}.transportDocuments[{j}].complementOfInformation");
            }
        }

        return found;
    }
}
