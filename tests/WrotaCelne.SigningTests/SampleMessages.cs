using System.Globalization;
using System.Xml.Linq;

namespace WrotaCelne.SigningTests;

/// <summary>
/// CC015C-shaped NCTS P5 messages (namespace http://ncts.dgtaxud.ec) with many items, Polish text, attributes
/// and indentation, so the signed content has what real messages have.
/// </summary>
internal static class SampleMessages
{
    private static readonly XNamespace Ncts = "http://ncts.dgtaxud.ec";

    public static byte[] Cc015c(int items = 200)
    {
        var consignment = new XElement("Consignment",
            new XElement("grossMass", "12345.678"),
            new XElement("HouseConsignment",
                new XElement("sequenceNumber", "1"),
                Enumerable.Range(1, items).Select(Item)));
        var root = new XElement(Ncts + "CC015C",
            new XAttribute(XNamespace.Xmlns + "ncts", Ncts.NamespaceName),
            new XAttribute("PhaseID", "NCTS5.1"),
            new XElement("messageSender", "PL526104082800000"),
            new XElement("messageRecipient", "NTA.PL"),
            new XElement("preparationDateAndTime", "2026-06-01T08:30:15"),
            new XElement("messageIdentification", "WC-MSG-0001"),
            new XElement("messageType", "CC015C"),
            new XElement("TransitOperation",
                new XElement("LRN", "PL26WC0000000001"),
                new XElement("declarationType", "T1"),
                new XElement("security", "0")),
            new XElement("HolderOfTheTransitProcedure",
                new XElement("identificationNumber", "PL5261040828"),
                new XElement("name", "Przedsiębiorstwo Handlowe „Żółć & Gęś” Sp. z o.o."),
                new XElement("Address", new XElement("streetAndNumber", "ul. Świętokrzyska 12/4"), new XElement("city", "Łódź"))),
            consignment);
        var document = new XDocument(new XDeclaration("1.0", "UTF-8", null), root);
        using var stream = new MemoryStream();
        using (var writer = System.Xml.XmlWriter.Create(stream, new System.Xml.XmlWriterSettings { Indent = true, Encoding = new System.Text.UTF8Encoding(false) }))
        {
            document.Save(writer);
        }

        return stream.ToArray();
    }

    private static XElement Item(int n) => new("ConsignmentItem",
        new XElement("goodsItemNumber", n.ToString(CultureInfo.InvariantCulture)),
        new XElement("declarationGoodsItemNumber", n.ToString(CultureInfo.InvariantCulture)),
        new XElement("Commodity",
            new XElement("descriptionOfGoods", $"Części zamienne do maszyn rolniczych, partia {n} — łożyska & uszczelki <typ B>"),
            new XElement("CommodityCode", new XElement("harmonizedSystemSubHeadingCode", "848210")),
            new XElement("GoodsMeasure", new XElement("grossMass", (10.5m + n).ToString(CultureInfo.InvariantCulture)))),
        new XElement("Packaging",
            new XElement("sequenceNumber", "1"),
            new XElement("typeOfPackages", "PK"),
            new XElement("numberOfPackages", (n % 7 + 1).ToString(CultureInfo.InvariantCulture)),
            new XElement("shippingMarks", $"WC/{n:D4}")));
}
