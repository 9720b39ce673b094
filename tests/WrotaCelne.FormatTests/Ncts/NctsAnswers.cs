using System.Text;

namespace WrotaCelne.FormatTests.Ncts;

/// <summary>Answers of NCTS as the administration sends them, written out by hand from the official schemas.</summary>
internal static class NctsAnswers
{
    public const string Mrn = "26PL321010000012J3";
    public const string Lrn = "WC/2026/T/000123";
    public const string Office = "PL321010";

    /// <summary>The office's local time 2026-06-01 10:15 (Warsaw, summer time).</summary>
    public static readonly DateTimeOffset PreparedAt = new(2026, 6, 1, 10, 15, 0, TimeSpan.FromHours(2));

    public static byte[] Message(string type, string body, bool withCorrelation = true) => Encoding.UTF8.GetBytes($"""
        <?xml version="1.0" encoding="UTF-8"?>
        <ncts:{type} xmlns:ncts="http://ncts.dgtaxud.ec" PhaseID="NCTS5.0">
          <messageSender>NTA.PL</messageSender>
          <messageRecipient>PL526104082800000</messageRecipient>
          <preparationDateAndTime>2026-06-01T10:15:00</preparationDateAndTime>
          <messageIdentification>PL{type}000001</messageIdentification>
          <messageType>{type}</messageType>
          {(withCorrelation ? "<correlationIdentifier>WC-MSG-0001</correlationIdentifier>" : string.Empty)}
          {body}
        </ncts:{type}>
        """);

    public const string Departure = $"""
        <CustomsOfficeOfDeparture><referenceNumber>{Office}</referenceNumber></CustomsOfficeOfDeparture>
        """;

    public const string Holder = """
        <HolderOfTheTransitProcedure>
          <identificationNumber>PL526104082800000</identificationNumber>
          <name>Przedsiębiorstwo Handlowe Łódź sp. z o.o.</name>
          <Address><streetAndNumber>Piotrkowska 100</streetAndNumber><postcode>90-001</postcode><city>Łódź</city><country>PL</country></Address>
        </HolderOfTheTransitProcedure>
        """;

    public static byte[] Cc028c() => Message("CC028C", $"""
        <TransitOperation><LRN>{Lrn}</LRN><MRN>{Mrn}</MRN><declarationAcceptanceDate>2026-06-01</declarationAcceptanceDate></TransitOperation>
        {Departure}
        {Holder}
        """);

    public static byte[] Cc029c() => Message("CC029C", $"""
        <TransitOperation>
          <LRN>{Lrn}</LRN><MRN>{Mrn}</MRN><DeclarationType>T1</DeclarationType><additionalDeclarationType>A</additionalDeclarationType>
          <declarationAcceptanceDate>2026-06-01</declarationAcceptanceDate><releaseDate>2026-06-02</releaseDate>
          <security>0</security><reducedDatasetIndicator>0</reducedDatasetIndicator><bindingItinerary>0</bindingItinerary>
        </TransitOperation>
        {Departure}
        <CustomsOfficeOfDestinationDeclared><referenceNumber>DE002101</referenceNumber></CustomsOfficeOfDestinationDeclared>
        {Holder}
        <Guarantee><sequenceNumber>1</sequenceNumber><GuaranteeType>1</GuaranteeType></Guarantee>
        <Consignment>
          <containerIndicator>0</containerIndicator><grossMass>1250.5</grossMass>
          <PlaceOfLoading><UNLocode>PLLOD</UNLocode></PlaceOfLoading>
          <HouseConsignment>
            <sequenceNumber>1</sequenceNumber><grossMass>1250.5</grossMass>
            <ConsignmentItem>
              <goodsItemNumber>1</goodsItemNumber><declarationGoodsItemNumber>1</declarationGoodsItemNumber>
              <Commodity><descriptionOfGoods>Meble drewniane</descriptionOfGoods><GoodsMeasure><grossMass>1250.5</grossMass></GoodsMeasure></Commodity>
              <Packaging><sequenceNumber>1</sequenceNumber><typeOfPackages>CT</typeOfPackages><numberOfPackages>40</numberOfPackages></Packaging>
            </ConsignmentItem>
          </HouseConsignment>
        </Consignment>
        """);

    public static byte[] Cc056c(string errors, bool withReason = true, bool withLrn = true) => Message("CC056C", $"""
        <TransitOperation>
          {(withLrn ? $"<LRN>{Lrn}</LRN>" : string.Empty)}
          <businessRejectionType>015</businessRejectionType>
          <rejectionDateAndTime>2026-06-01T10:14:30</rejectionDateAndTime>
          <rejectionCode>12</rejectionCode>
          {(withReason ? "<rejectionReason>Błędne dane zgłoszenia</rejectionReason>" : string.Empty)}
        </TransitOperation>
        {Departure}
        {Holder}
        {errors}
        """);

    public static string FunctionalError(string pointer, string code, string reason, string? original) => $"""
        <FunctionalError>
          <errorPointer>{pointer}</errorPointer><errorCode>{code}</errorCode><errorReason>{reason}</errorReason>
          {(original is null ? string.Empty : $"<originalAttributeValue>{original}</originalAttributeValue>")}
        </FunctionalError>
        """;

    public static byte[] Cc051c() => Message("CC051C", $"""
        <TransitOperation>
          <MRN>{Mrn}</MRN><declarationSubmissionDateAndTime>2026-06-01T09:00:00</declarationSubmissionDateAndTime>
          <noReleaseMotivationCode>01</noReleaseMotivationCode><noReleaseMotivationText>Towar niezgodny z deklaracją</noReleaseMotivationText>
        </TransitOperation>
        {Departure}
        {Holder}
        """);

    public static byte[] Cc060c(string controls) => Message("CC060C", $"""
        <TransitOperation>
          <LRN>{Lrn}</LRN><MRN>{Mrn}</MRN>
          <controlNotificationDateAndTime>2026-06-01T11:00:00</controlNotificationDateAndTime><notificationType>1</notificationType>
        </TransitOperation>
        {Departure}
        {Holder}
        {controls}
        """);

    public static byte[] Cc045c() => Message("CC045C", $"""
        <TransitOperation><MRN>{Mrn}</MRN><writeOffDate>2026-06-10</writeOffDate></TransitOperation>
        {Departure}
        {Holder}
        <Guarantor><identificationNumber>PL701000145400000</identificationNumber><name>Gwarant S.A.</name></Guarantor>
        """);

    public static byte[] Cc009c(string? decision, bool withJustification = true) => Message("CC009C", $"""
        <TransitOperation><MRN>{Mrn}</MRN></TransitOperation>
        <Invalidation>
          <requestDateAndTime>2026-06-01T12:00:00</requestDateAndTime>
          <decisionDateAndTime>2026-06-01T13:30:00</decisionDateAndTime>
          {(decision is null ? string.Empty : $"<decision>{decision}</decision>")}
          <initiatedByCustoms>0</initiatedByCustoms>
          {(withJustification ? "<justification>Zgłoszenie złożone omyłkowo</justification>" : string.Empty)}
        </Invalidation>
        {Departure}
        {Holder}
        """);

    public static byte[] Cc928c() => Message("CC928C", $"""
        <TransitOperation><LRN>{Lrn}</LRN></TransitOperation>
        {Departure}
        {Holder}
        """, withCorrelation: true);

    public static byte[] Cc917c(string errors, bool withHeader) => Message("CC917C", $"""
        {(withHeader ? $"<Header><LRN>{Lrn}</LRN></Header>" : string.Empty)}
        {errors}
        """);

    public static string XmlError(int line, int column, string? pointer, string code, string text) => $"""
        <XMLError>
          <errorLineNumber>{line}</errorLineNumber><errorColumnNumber>{column}</errorColumnNumber>
          {(pointer is null ? string.Empty : $"<errorPointer>{pointer}</errorPointer>")}
          <errorCode>{code}</errorCode><errorText>{text}</errorText>
        </XMLError>
        """;

    public static byte[] Cc906c(string errors) => Message("CC906C", $"""
        <Header><MRN>{Mrn}</MRN></Header>
        {errors}
        """);
}
