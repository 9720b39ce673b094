using System.Text;

namespace WrotaCelne.FormatTests.Ncts;

/// <summary>
/// A CC015C as another program might save it: everything the canonical model holds, plus parts it has no place for
/// (a binding itinerary, an access code, supply chain actors, goods references, transport charges, a per-item
/// declaration type and consignee, ...).
/// </summary>
internal static class NctsHandWrittenCc015c
{
    public static byte[] Content { get; } = Encoding.UTF8.GetBytes("""
        <?xml version="1.0" encoding="UTF-8"?>
        <ncts:CC015C xmlns:ncts="http://ncts.dgtaxud.ec" PhaseID="NCTS5.0">
          <messageSender>PL526104082800000</messageSender>
          <messageRecipient>NTA.PL</messageRecipient>
          <preparationDateAndTime>2026-06-01T09:00:00</preparationDateAndTime>
          <messageIdentification>OTHER-0001</messageIdentification>
          <messageType>CC015C</messageType>
          <TransitOperation>
            <LRN>INNY/2026/000045</LRN>
            <DeclarationType>T</DeclarationType>
            <additionalDeclarationType>A</additionalDeclarationType>
            <security>0</security>
            <reducedDatasetIndicator>0</reducedDatasetIndicator>
            <communicationLanguageAtDeparture>PL</communicationLanguageAtDeparture>
            <bindingItinerary>1</bindingItinerary>
            <limitDate>2026-06-08</limitDate>
          </TransitOperation>
          <Authorisation><sequenceNumber>1</sequenceNumber><type>C521</type><referenceNumber>PLACR123456</referenceNumber></Authorisation>
          <CustomsOfficeOfDeparture><referenceNumber>PL321010</referenceNumber></CustomsOfficeOfDeparture>
          <CustomsOfficeOfDestinationDeclared><referenceNumber>DE002101</referenceNumber></CustomsOfficeOfDestinationDeclared>
          <CustomsOfficeOfTransitDeclared>
            <sequenceNumber>1</sequenceNumber><referenceNumber>CZ510201</referenceNumber>
            <arrivalDateAndTimeEstimated>2026-06-02T08:00:00</arrivalDateAndTimeEstimated>
          </CustomsOfficeOfTransitDeclared>
          <HolderOfTheTransitProcedure>
            <identificationNumber>PL526104082800000</identificationNumber>
            <name>Przedsiębiorstwo Handlowe Łódź sp. z o.o.</name>
            <Address><streetAndNumber>Piotrkowska 100</streetAndNumber><postcode>90-001</postcode><city>Łódź</city><country>PL</country></Address>
            <ContactPerson><name>Jan Kowalski</name><phoneNumber>+48 42 123 45 67</phoneNumber><eMailAddress>jan@lodz.pl</eMailAddress></ContactPerson>
          </HolderOfTheTransitProcedure>
          <Representative><identificationNumber>PL701000145400000</identificationNumber><status>2</status></Representative>
          <Guarantee>
            <sequenceNumber>1</sequenceNumber><GuaranteeType>1</GuaranteeType>
            <GuaranteeReference><sequenceNumber>1</sequenceNumber><GRN>26PL0000000000011</GRN><accessCode>AB12</accessCode><amountToBeCovered>15000.00</amountToBeCovered><currency>EUR</currency></GuaranteeReference>
            <GuaranteeReference><sequenceNumber>2</sequenceNumber><GRN>26PL0000000000022</GRN></GuaranteeReference>
          </Guarantee>
          <Consignment>
            <countryOfDispatch>PL</countryOfDispatch>
            <countryOfDestination>DE</countryOfDestination>
            <containerIndicator>1</containerIndicator>
            <inlandModeOfTransport>3</inlandModeOfTransport>
            <modeOfTransportAtTheBorder>3</modeOfTransportAtTheBorder>
            <grossMass>1250.500</grossMass>
            <referenceNumberUCR>6PL5261040828-2026-45</referenceNumberUCR>
            <Carrier><identificationNumber>PL701000145400000</identificationNumber></Carrier>
            <Consignee>
              <name>Möbelhaus GmbH</name>
              <Address><streetAndNumber>Hauptstraße 5</streetAndNumber><postcode>10115</postcode><city>Berlin</city><country>DE</country></Address>
            </Consignee>
            <AdditionalSupplyChainActor><sequenceNumber>1</sequenceNumber><role>FW</role><identificationNumber>DE123456789</identificationNumber></AdditionalSupplyChainActor>
            <TransportEquipment>
              <sequenceNumber>1</sequenceNumber><containerIdentificationNumber>MSKU1234565</containerIdentificationNumber><numberOfSeals>2</numberOfSeals>
              <Seal><sequenceNumber>1</sequenceNumber><identifier>PL-0001</identifier></Seal>
              <Seal><sequenceNumber>2</sequenceNumber><identifier>PL-0002</identifier></Seal>
              <GoodsReference><sequenceNumber>1</sequenceNumber><declarationGoodsItemNumber>1</declarationGoodsItemNumber></GoodsReference>
            </TransportEquipment>
            <LocationOfGoods>
              <typeOfLocation>B</typeOfLocation><qualifierOfIdentification>Y</qualifierOfIdentification>
              <authorisationNumber>PLACE000123</authorisationNumber><additionalIdentifier>0001</additionalIdentifier>
            </LocationOfGoods>
            <DepartureTransportMeans><sequenceNumber>1</sequenceNumber><typeOfIdentification>30</typeOfIdentification><identificationNumber>EL12345</identificationNumber><nationality>PL</nationality></DepartureTransportMeans>
            <CountryOfRoutingOfConsignment><sequenceNumber>1</sequenceNumber><country>PL</country></CountryOfRoutingOfConsignment>
            <CountryOfRoutingOfConsignment><sequenceNumber>2</sequenceNumber><country>DE</country></CountryOfRoutingOfConsignment>
            <ActiveBorderTransportMeans>
              <sequenceNumber>1</sequenceNumber><customsOfficeAtBorderReferenceNumber>PL321010</customsOfficeAtBorderReferenceNumber>
              <typeOfIdentification>30</typeOfIdentification><identificationNumber>EL12345</identificationNumber><nationality>PL</nationality>
              <conveyanceReferenceNumber>KURS-45</conveyanceReferenceNumber>
            </ActiveBorderTransportMeans>
            <PlaceOfLoading><UNLocode>PLLOD</UNLocode></PlaceOfLoading>
            <PlaceOfUnloading><country>DE</country><location>Berlin</location></PlaceOfUnloading>
            <TransportDocument><sequenceNumber>1</sequenceNumber><type>N730</type><referenceNumber>CMR/2026/45</referenceNumber></TransportDocument>
            <AdditionalReference><sequenceNumber>1</sequenceNumber><type>Y023</type><referenceNumber>PL000123</referenceNumber></AdditionalReference>
            <AdditionalInformation><sequenceNumber>1</sequenceNumber><code>20300</code><text>Towar łatwo tłukący się</text></AdditionalInformation>
            <TransportCharges><methodOfPayment>A</methodOfPayment></TransportCharges>
            <HouseConsignment>
              <sequenceNumber>1</sequenceNumber>
              <grossMass>1250.500</grossMass>
              <ConsignmentItem>
                <goodsItemNumber>1</goodsItemNumber>
                <declarationGoodsItemNumber>1</declarationGoodsItemNumber>
                <DeclarationType>T1</DeclarationType>
                <Consignee><name>Filia Berlin</name></Consignee>
                <Commodity>
                  <descriptionOfGoods>Krzesła drewniane, zażółć gęślą jaźń</descriptionOfGoods>
                  <cusCode>0000001-1</cusCode>
                  <CommodityCode><harmonizedSystemSubHeadingCode>940161</harmonizedSystemSubHeadingCode><combinedNomenclatureCode>00</combinedNomenclatureCode></CommodityCode>
                  <GoodsMeasure><grossMass>1000.5</grossMass><netMass>900.25</netMass></GoodsMeasure>
                </Commodity>
                <Packaging><sequenceNumber>1</sequenceNumber><typeOfPackages>CT</typeOfPackages><numberOfPackages>40</numberOfPackages><shippingMarks>ŁÓDŹ 1-40</shippingMarks></Packaging>
                <PreviousDocument><sequenceNumber>1</sequenceNumber><type>N821</type><referenceNumber>26PL321010000001E1</referenceNumber><goodsItemNumber>3</goodsItemNumber></PreviousDocument>
                <SupportingDocument><sequenceNumber>1</sequenceNumber><type>N380</type><referenceNumber>FV/2026/06/45</referenceNumber><documentLineItemNumber>1</documentLineItemNumber></SupportingDocument>
              </ConsignmentItem>
              <ConsignmentItem>
                <goodsItemNumber>2</goodsItemNumber>
                <declarationGoodsItemNumber>2</declarationGoodsItemNumber>
                <Commodity>
                  <descriptionOfGoods>Stoły</descriptionOfGoods>
                  <GoodsMeasure><grossMass>250</grossMass></GoodsMeasure>
                </Commodity>
                <Packaging><sequenceNumber>1</sequenceNumber><typeOfPackages>VQ</typeOfPackages></Packaging>
              </ConsignmentItem>
            </HouseConsignment>
          </Consignment>
        </ncts:CC015C>
        """);
}
