using System.Globalization;
using System.Xml.Linq;

namespace WrotaCelne.GatewaySimulator.Answers;

/// <summary>
/// Answers of AES and AIS/IMPORT, whose schemas are not public, in the layout their format plugins read: the EU header
/// group, then the body, unqualified children under a root in the namespace of the declaration answered (so the answers
/// follow the plugin when its namespace changes). Times are Polish local time without a zone, as the plugins read them.
/// </summary>
internal static class EuStyleMessage
{
    private static readonly TimeZoneInfo Warsaw = FindWarsaw();
    private static long counter;

    public static XDocument Build(string type, XElement declaration, string sender, DateTimeOffset at, params object?[] body)
    {
        var ns = declaration.Name.Namespace;
        var prefix = declaration.GetPrefixOfNamespace(ns) ?? "m";
        return new XDocument(
            new XDeclaration("1.0", "utf-8", null),
            new XElement(
                ns + type,
                ns == XNamespace.None ? null : new XAttribute(XNamespace.Xmlns + prefix, ns.NamespaceName),
                new XElement("messageSender", sender),
                new XElement("messageRecipient", declaration.Element("messageSender")?.Value ?? "UNKNOWN"),
                new XElement("preparationDateAndTime", DateTime(at)),
                new XElement("messageIdentification", $"SIM{type}{Interlocked.Increment(ref counter):D10}"),
                new XElement("messageType", type),
                declaration.Element("messageIdentification") is { } id ? new XElement("correlationIdentifier", id.Value) : null,
                body));
    }

    /// <summary>A copy of the declaration's office group (<c>CustomsOfficeOfExport</c>) with its reference number, under <paramref name="name"/>.</summary>
    public static XElement? Office(XElement declaration, string group, string? name = null) =>
        declaration.Element(group)?.Element("referenceNumber") is { } reference ? new XElement(name ?? group, new XElement(reference)) : null;

    public static string DateTime(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Warsaw).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);

    public static string Date(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Warsaw).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static TimeZoneInfo FindWarsaw()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw");
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
