using System.Globalization;
using N = WrotaCelne.Plugins.Formats.Ncts.Declaration.Cc015cNames;

namespace WrotaCelne.Plugins.Formats.Ncts.Declaration;

/// <summary>
/// Maps an error pointer of a rejection (<c>/CC015C/Consignment/HouseConsignment[1]/ConsignmentItem[2]/Commodity/descriptionOfGoods</c>)
/// to the canonical JSON path the writer filled it from (<c>$.items[1].description</c>), so the editor can show the
/// error at its field. Pointers are 1-based, paths 0-based; <c>{i}</c> and <c>{j}</c> stand for the repeated groups.
/// </summary>
internal static class ErrorPointerMap
{
    private const string ItemPath = N.HouseConsignment + "/" + N.ConsignmentItem + "[i]";

    private static readonly (string Pointer, string Path)[] Templates =
    [
        (N.TransitOperation, "$"),
        (N.TransitOperation + "/" + N.Lrn, "$.lrn"),
        (N.TransitOperation + "/" + N.Mrn, "$.mrn"),
        (N.TransitOperation + "/" + N.DeclarationType, "$.declarationType"),
        (N.TransitOperation + "/" + N.AdditionalDeclarationType, "$.additionalDeclarationType"),
        (N.TransitOperation + "/" + N.Security, "$.security"),
        (N.TransitOperation + "/" + N.ReducedDatasetIndicator, "$.reducedDatasetIndicator"),
        (N.TransitOperation + "/" + N.LimitDate, "$.limitDate"),
        (N.Authorisation + "[i]", "$.authorisations[i]"),
        (N.Authorisation + "[i]/" + N.Type, "$.authorisations[i].type"),
        (N.Authorisation + "[i]/" + N.ReferenceNumber, "$.authorisations[i].referenceNumber"),
        (N.OfficeOfDeparture + "/" + N.ReferenceNumber, "$.offices.departure"),
        (N.OfficeOfDestination + "/" + N.ReferenceNumber, "$.offices.destination"),
        (N.OfficeOfTransit + "[i]/" + N.ReferenceNumber, "$.offices.transit[i]"),
        (N.OfficeOfExitForTransit + "[i]/" + N.ReferenceNumber, "$.offices.exitForTransit[i]"),
        .. Trader(N.Holder, "$.parties.holder"),
        (N.Representative, "$.parties.representative"),
        (N.Representative + "/" + N.IdentificationNumber, "$.parties.representative.eori"),
        (N.Representative + "/" + N.Status, "$.parties.representative.status"),
        (N.Guarantee + "[i]", "$.guarantees[i]"),
        (N.Guarantee + "[i]/" + N.GuaranteeType, "$.guarantees[i].type"),
        (N.Guarantee + "[i]/" + N.OtherGuaranteeReference, "$.guarantees[i].otherReference"),
        (N.Guarantee + "[i]/" + N.GuaranteeReference + "/" + N.Grn, "$.guarantees[i].grn"),
        (N.Guarantee + "[i]/" + N.GuaranteeReference + "/" + N.AmountToBeCovered, "$.guarantees[i].amount"),
        (N.Guarantee + "[i]/" + N.GuaranteeReference + "/" + N.Currency, "$.guarantees[i].currency"),
        (N.Consignment, "$.consignment"),
        (N.Consignment + "/" + N.CountryOfDispatch, "$.consignment.countryOfDispatch"),
        (N.Consignment + "/" + N.CountryOfDestination, "$.consignment.countryOfDestination"),
        (N.Consignment + "/" + N.ContainerIndicator, "$.consignment.containerIndicator"),
        (N.Consignment + "/" + N.InlandModeOfTransport, "$.consignment.inlandModeOfTransport"),
        (N.Consignment + "/" + N.ModeOfTransportAtTheBorder, "$.consignment.modeOfTransportAtBorder"),
        (N.Consignment + "/" + N.GrossMass, "$.consignment.grossMass"),
        (N.Consignment + "/" + N.ReferenceNumberUcr, "$.consignment.referenceNumberUcr"),
        (N.Consignment + "/" + N.Carrier + "/" + N.IdentificationNumber, "$.parties.carrier.eori"),
        .. Trader(N.Consignment + "/" + N.Consignor, "$.parties.consignor"),
        .. Trader(N.Consignment + "/" + N.Consignee, "$.parties.consignee"),
        (N.Consignment + "/" + N.TransportEquipment + "[i]", "$.consignment.transportEquipment[i]"),
        (N.Consignment + "/" + N.TransportEquipment + "[i]/" + N.ContainerIdentificationNumber, "$.consignment.transportEquipment[i].containerIdentificationNumber"),
        (N.Consignment + "/" + N.TransportEquipment + "[i]/" + N.Seal + "[j]/" + N.Identifier, "$.consignment.transportEquipment[i].seals[j]"),
        (N.Consignment + "/" + N.LocationOfGoods, "$.consignment.locationOfGoods"),
        (N.Consignment + "/" + N.LocationOfGoods + "/" + N.TypeOfLocation, "$.consignment.locationOfGoods.typeOfLocation"),
        (N.Consignment + "/" + N.LocationOfGoods + "/" + N.QualifierOfIdentification, "$.consignment.locationOfGoods.qualifierOfIdentification"),
        (N.Consignment + "/" + N.LocationOfGoods + "/" + N.AuthorisationNumber, "$.consignment.locationOfGoods.authorisationNumber"),
        (N.Consignment + "/" + N.LocationOfGoods + "/" + N.UnLocode, "$.consignment.locationOfGoods.unLocode"),
        (N.Consignment + "/" + N.LocationOfGoods + "/" + N.CustomsOffice + "/" + N.ReferenceNumber, "$.consignment.locationOfGoods.customsOffice"),
        (N.Consignment + "/" + N.DepartureTransportMeans + "[i]/" + N.TypeOfIdentification, "$.consignment.departureTransportMeans[i].typeOfIdentification"),
        (N.Consignment + "/" + N.DepartureTransportMeans + "[i]/" + N.IdentificationNumber, "$.consignment.departureTransportMeans[i].identificationNumber"),
        (N.Consignment + "/" + N.DepartureTransportMeans + "[i]/" + N.Nationality, "$.consignment.departureTransportMeans[i].nationality"),
        (N.Consignment + "/" + N.CountryOfRouting + "[i]/" + N.Country, "$.consignment.countriesOfRouting[i]"),
        (N.Consignment + "/" + N.ActiveBorderTransportMeans + "[i]/" + N.TypeOfIdentification, "$.consignment.activeBorderTransportMeans[i].typeOfIdentification"),
        (N.Consignment + "/" + N.ActiveBorderTransportMeans + "[i]/" + N.IdentificationNumber, "$.consignment.activeBorderTransportMeans[i].identificationNumber"),
        (N.Consignment + "/" + N.ActiveBorderTransportMeans + "[i]/" + N.Nationality, "$.consignment.activeBorderTransportMeans[i].nationality"),
        (N.Consignment + "/" + N.PlaceOfLoading + "/" + N.UnLocode, "$.consignment.placeOfLoading.unLocode"),
        (N.Consignment + "/" + N.PlaceOfUnloading + "/" + N.UnLocode, "$.consignment.placeOfUnloading.unLocode"),
        .. Documents(N.Consignment, "$.consignment"),
        (N.Consignment + "/" + N.AdditionalInformation + "[i]/" + N.Code, "$.consignment.additionalInformation[i].code"),
        (N.Consignment + "/" + N.AdditionalInformation + "[i]/" + N.Text, "$.consignment.additionalInformation[i].text"),
        (N.Consignment + "/" + ItemPath, "$.items[i]"),
        (N.Consignment + "/" + ItemPath + "/" + N.Commodity + "/" + N.DescriptionOfGoods, "$.items[i].description"),
        (N.Consignment + "/" + ItemPath + "/" + N.Commodity + "/" + N.CommodityCode, "$.items[i].commodityCode"),
        (N.Consignment + "/" + ItemPath + "/" + N.Commodity + "/" + N.CommodityCode + "/" + N.HarmonizedSystemCode, "$.items[i].commodityCode"),
        (N.Consignment + "/" + ItemPath + "/" + N.Commodity + "/" + N.CommodityCode + "/" + N.CombinedNomenclatureCode, "$.items[i].commodityCode"),
        (N.Consignment + "/" + ItemPath + "/" + N.Commodity + "/" + N.DangerousGoods + "/" + N.UnNumber, "$.items[i].unNumber"),
        (N.Consignment + "/" + ItemPath + "/" + N.Commodity + "/" + N.GoodsMeasure + "/" + N.GrossMass, "$.items[i].grossMass"),
        (N.Consignment + "/" + ItemPath + "/" + N.Commodity + "/" + N.GoodsMeasure + "/" + N.NetMass, "$.items[i].netMass"),
        (N.Consignment + "/" + ItemPath + "/" + N.Commodity + "/" + N.GoodsMeasure + "/" + N.SupplementaryUnits, "$.items[i].supplementaryUnits"),
        (N.Consignment + "/" + ItemPath + "/" + N.CountryOfDispatch, "$.items[i].countryOfDispatch"),
        (N.Consignment + "/" + ItemPath + "/" + N.CountryOfDestination, "$.items[i].countryOfDestination"),
        (N.Consignment + "/" + ItemPath + "/" + N.Packaging + "[j]", "$.items[i].packages[j]"),
        (N.Consignment + "/" + ItemPath + "/" + N.Packaging + "[j]/" + N.TypeOfPackages, "$.items[i].packages[j].kind"),
        (N.Consignment + "/" + ItemPath + "/" + N.Packaging + "[j]/" + N.NumberOfPackages, "$.items[i].packages[j].count"),
        (N.Consignment + "/" + ItemPath + "/" + N.Packaging + "[j]/" + N.ShippingMarks, "$.items[i].packages[j].marks"),
        .. Documents(N.Consignment + "/" + ItemPath, "$.items[i]"),
        (N.Consignment + "/" + ItemPath + "/" + N.AdditionalReference + "[j]/" + N.Type, "$.items[i].additionalReferences[j].type"),
        (N.Consignment + "/" + ItemPath + "/" + N.AdditionalReference + "[j]/" + N.ReferenceNumber, "$.items[i].additionalReferences[j].referenceNumber"),
        (N.Consignment + "/" + ItemPath + "/" + N.AdditionalInformation + "[j]/" + N.Code, "$.items[i].additionalInformation[j].code"),
        (N.Consignment + "/" + ItemPath + "/" + N.AdditionalInformation + "[j]/" + N.Text, "$.items[i].additionalInformation[j].text"),
    ];

    private static readonly Dictionary<string, string> ByShape = Templates.ToDictionary(t => t.Pointer, t => t.Path, StringComparer.Ordinal);

    /// <summary>The canonical path of <paramref name="pointer"/>, or null when the mapping does not know it.</summary>
    public static string? ToFieldPath(string? pointer)
    {
        if (string.IsNullOrWhiteSpace(pointer))
        {
            return null;
        }

        var segments = pointer.Trim().Trim('/').Split('/');
        if (segments.Length < 2 || segments[0] is not (NctsMessages.Declaration or NctsMessages.Amendment))
        {
            return null;
        }

        // The pointer's shape: the first repeated group becomes [i], the second [j]; a group the templates do not
        // repeat must be the first of its name.
        var shape = string.Empty;
        var indexes = new List<int>();
        foreach (var segment in segments.Skip(1))
        {
            var open = segment.IndexOf('[', StringComparison.Ordinal);
            var name = open < 0 ? segment : segment[..open];
            var index = open < 0 ? 1 : ParseIndex(segment[(open + 1)..]);
            var prefix = shape.Length == 0 ? name : shape + "/" + name;
            var repeated = prefix + (indexes.Count == 0 ? "[i]" : "[j]");
            if (indexes.Count < 2 && IsKnownPrefix(repeated))
            {
                shape = repeated;
                indexes.Add(index);
            }
            else if (index == 1 && IsKnownPrefix(prefix))
            {
                shape = prefix;
            }
            else
            {
                return null;
            }
        }

        if (!ByShape.TryGetValue(shape, out var path) || indexes.Any(index => index < 1))
        {
            return null;
        }

        if (indexes.Count > 0)
        {
            path = path.Replace("[i]", Index(indexes[0]), StringComparison.Ordinal);
        }

        return indexes.Count > 1 ? path.Replace("[j]", Index(indexes[1]), StringComparison.Ordinal) : path;
    }

    private static bool IsKnownPrefix(string shape) =>
        Templates.Any(t => t.Pointer.Length == shape.Length
            ? t.Pointer == shape
            : t.Pointer.StartsWith(shape, StringComparison.Ordinal) && t.Pointer[shape.Length] == '/');

    private static int ParseIndex(string text) =>
        text.EndsWith(']') && int.TryParse(text.AsSpan(0, text.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? index : 0;

    private static string Index(int oneBased) => "[" + (oneBased - 1).ToString(CultureInfo.InvariantCulture) + "]";

    private static IEnumerable<(string, string)> Trader(string group, string path) =>
    [
        (group, path),
        (group + "/" + N.IdentificationNumber, path + ".eori"),
        (group + "/" + N.Name, path + ".name"),
        (group + "/" + N.Address + "/" + N.StreetAndNumber, path + ".address.streetAndNumber"),
        (group + "/" + N.Address + "/" + N.Postcode, path + ".address.postcode"),
        (group + "/" + N.Address + "/" + N.City, path + ".address.city"),
        (group + "/" + N.Address + "/" + N.Country, path + ".address.country"),
        (group + "/" + N.ContactPerson + "/" + N.Name, path + ".contact.name"),
        (group + "/" + N.ContactPerson + "/" + N.PhoneNumber, path + ".contact.phone"),
        (group + "/" + N.ContactPerson + "/" + N.EmailAddress, path + ".contact.email"),
    ];

    private static IEnumerable<(string, string)> Documents(string group, string path)
    {
        var doc = path.Contains("[i]", StringComparison.Ordinal) ? "[j]" : "[i]";
        foreach (var (name, list) in new[] { (N.PreviousDocument, "previousDocuments"), (N.SupportingDocument, "supportingDocuments"), (N.TransportDocument, "transportDocuments") })
        {
            yield return ($"{group}/{name}{doc}/{N.Type}", $"{path}.{list}{doc}.type");
            yield return ($"{group}/{name}{doc}/{N.ReferenceNumber}", $"{path}.{list}{doc}.referenceNumber");
            yield return ($"{group}/{name}{doc}/{N.ComplementOfInformation}", $"{path}.{list}{doc}.complementOfInformation");
        }
    }
}
