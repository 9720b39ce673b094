namespace WrotaCelne.Plugins.Formats.Ncts.Declaration;

/// <summary>
/// Element names of the declaration messages (CC015C, and CC013C which has the same structure), shared by
/// <see cref="DeclarationWriter"/>, <see cref="DeclarationReader"/> and <see cref="ErrorPointerMap"/> so the three
/// cannot drift apart. Groups start with a capital letter, data items with a small one, as in the schemas.
/// </summary>
internal static class Cc015cNames
{
    public const string SequenceNumber = "sequenceNumber";
    public const string ReferenceNumber = "referenceNumber";
    public const string Type = "type";
    public const string IdentificationNumber = "identificationNumber";
    public const string Name = "name";
    public const string Country = "country";
    public const string ComplementOfInformation = "complementOfInformation";

    public const string TransitOperation = "TransitOperation";
    public const string Lrn = "LRN";
    public const string Mrn = "MRN";
    public const string DeclarationType = "DeclarationType";
    public const string AdditionalDeclarationType = "additionalDeclarationType";
    public const string Security = "security";
    public const string ReducedDatasetIndicator = "reducedDatasetIndicator";
    public const string BindingItinerary = "bindingItinerary";
    public const string AmendmentTypeFlag = "amendmentTypeFlag";
    public const string LimitDate = "limitDate";

    public const string Authorisation = "Authorisation";
    public const string OfficeOfDeparture = "CustomsOfficeOfDeparture";
    public const string OfficeOfDestination = "CustomsOfficeOfDestinationDeclared";
    public const string OfficeOfTransit = "CustomsOfficeOfTransitDeclared";
    public const string OfficeOfExitForTransit = "CustomsOfficeOfExitForTransitDeclared";

    public const string Holder = "HolderOfTheTransitProcedure";
    public const string Representative = "Representative";
    public const string Status = "status";
    public const string Address = "Address";
    public const string StreetAndNumber = "streetAndNumber";
    public const string Postcode = "postcode";
    public const string City = "city";
    public const string ContactPerson = "ContactPerson";
    public const string PhoneNumber = "phoneNumber";
    public const string EmailAddress = "eMailAddress";

    public const string Guarantee = "Guarantee";
    public const string GuaranteeType = "GuaranteeType";
    public const string OtherGuaranteeReference = "otherGuaranteeReference";
    public const string GuaranteeReference = "GuaranteeReference";
    public const string Grn = "GRN";
    public const string AmountToBeCovered = "amountToBeCovered";
    public const string Currency = "currency";

    public const string Consignment = "Consignment";
    public const string CountryOfDispatch = "countryOfDispatch";
    public const string CountryOfDestination = "countryOfDestination";
    public const string ContainerIndicator = "containerIndicator";
    public const string InlandModeOfTransport = "inlandModeOfTransport";
    public const string ModeOfTransportAtTheBorder = "modeOfTransportAtTheBorder";
    public const string GrossMass = "grossMass";
    public const string ReferenceNumberUcr = "referenceNumberUCR";
    public const string Carrier = "Carrier";
    public const string Consignor = "Consignor";
    public const string Consignee = "Consignee";
    public const string TransportEquipment = "TransportEquipment";
    public const string ContainerIdentificationNumber = "containerIdentificationNumber";
    public const string NumberOfSeals = "numberOfSeals";
    public const string Seal = "Seal";
    public const string Identifier = "identifier";
    public const string LocationOfGoods = "LocationOfGoods";
    public const string TypeOfLocation = "typeOfLocation";
    public const string QualifierOfIdentification = "qualifierOfIdentification";
    public const string AuthorisationNumber = "authorisationNumber";
    public const string UnLocode = "UNLocode";
    public const string CustomsOffice = "CustomsOffice";
    public const string DepartureTransportMeans = "DepartureTransportMeans";
    public const string TypeOfIdentification = "typeOfIdentification";
    public const string Nationality = "nationality";
    public const string CountryOfRouting = "CountryOfRoutingOfConsignment";
    public const string ActiveBorderTransportMeans = "ActiveBorderTransportMeans";
    public const string PlaceOfLoading = "PlaceOfLoading";
    public const string PlaceOfUnloading = "PlaceOfUnloading";
    public const string Location = "location";
    public const string PreviousDocument = "PreviousDocument";
    public const string SupportingDocument = "SupportingDocument";
    public const string TransportDocument = "TransportDocument";
    public const string AdditionalReference = "AdditionalReference";
    public const string AdditionalInformation = "AdditionalInformation";
    public const string Code = "code";
    public const string Text = "text";

    public const string HouseConsignment = "HouseConsignment";
    public const string ConsignmentItem = "ConsignmentItem";
    public const string GoodsItemNumber = "goodsItemNumber";
    public const string DeclarationGoodsItemNumber = "declarationGoodsItemNumber";
    public const string Commodity = "Commodity";
    public const string DescriptionOfGoods = "descriptionOfGoods";
    public const string CommodityCode = "CommodityCode";
    public const string HarmonizedSystemCode = "harmonizedSystemSubHeadingCode";
    public const string CombinedNomenclatureCode = "combinedNomenclatureCode";
    public const string DangerousGoods = "DangerousGoods";
    public const string UnNumber = "UNNumber";
    public const string GoodsMeasure = "GoodsMeasure";
    public const string NetMass = "netMass";
    public const string SupplementaryUnits = "supplementaryUnits";
    public const string Packaging = "Packaging";
    public const string TypeOfPackages = "typeOfPackages";
    public const string NumberOfPackages = "numberOfPackages";
    public const string ShippingMarks = "shippingMarks";

    /// <summary>Most items one house consignment holds (the schema's limit); the plugin writes one house consignment.</summary>
    public const int MaxItems = 999;
}
