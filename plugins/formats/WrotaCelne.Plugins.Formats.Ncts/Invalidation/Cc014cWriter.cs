using System.Xml.Linq;
using WrotaCelne.Plugins.Abstractions.Declarations;
using WrotaCelne.Plugins.Abstractions.Formats;
using WrotaCelne.Plugins.Formats.Ncts.Xml;
using N = WrotaCelne.Plugins.Formats.Ncts.Declaration.Cc015cNames;

namespace WrotaCelne.Plugins.Formats.Ncts.Invalidation;

/// <summary>
/// CC014C, the holder's request to invalidate a declaration: the MRN, when and why, the office of departure and the
/// holder as declared.
/// </summary>
internal static class Cc014cWriter
{
    public const string InvalidationGroup = "Invalidation";
    public const string RequestDateAndTime = "requestDateAndTime";
    public const string InitiatedByCustoms = "initiatedByCustoms";
    public const string Justification = "justification";

    public static MappedMessage Write(CustomsDeclaration d, MessageHeader header, string? reason)
    {
        var errors = new List<FormatProblem>();
        XElement? Required(string name, string? value, string? path, string message)
        {
            if (NctsValues.Clean(value) is { } text)
            {
                return new XElement(name, text);
            }

            errors.Add(new FormatProblem(FormatProblemCodes.MissingData, message, path));
            return null;
        }

        var holder = d.Parties.Holder;
        if (holder is null)
        {
            errors.Add(new FormatProblem(FormatProblemCodes.MissingData, "The holder of the transit procedure is required.", "$.parties.holder"));
        }

        var root = MessageEnvelope.Create(NctsMessages.Invalidation, header);
        root.Add(
            new XElement(N.TransitOperation, Required(N.Mrn, d.Mrn, "$.mrn", "An invalidation needs the MRN the administration gave the declaration.")),
            new XElement(
                InvalidationGroup,
                new XElement(RequestDateAndTime, NctsTime.Write(header.PreparedAt)),
                new XElement(InitiatedByCustoms, NctsValues.Flag(false)),
                Required(Justification, reason, null, "An invalidation request needs a reason (OutboundRequest.InvalidationReason).")),
            new XElement(N.OfficeOfDeparture, Required(N.ReferenceNumber, d.Offices.Departure, "$.offices.departure", "$.offices.departure is required by the message.")),
            holder is null
                ? null
                : new XElement(
                    N.Holder,
                    Optional(N.IdentificationNumber, holder.Eori),
                    Optional(N.Name, holder.Name),
                    holder.Address is { } address
                        ? new XElement(
                            N.Address,
                            Required(N.StreetAndNumber, address.StreetAndNumber, "$.parties.holder.address.streetAndNumber", "$.parties.holder.address.streetAndNumber is required by the message."),
                            Optional(N.Postcode, address.Postcode),
                            Required(N.City, address.City, "$.parties.holder.address.city", "$.parties.holder.address.city is required by the message."),
                            Required(N.Country, address.Country, "$.parties.holder.address.country", "$.parties.holder.address.country is required by the message."))
                        : null,
                    holder.Contact is { } contact
                        ? new XElement(
                            N.ContactPerson,
                            Required(N.Name, contact.Name, "$.parties.holder.contact.name", "$.parties.holder.contact.name is required by the message."),
                            Required(N.PhoneNumber, contact.Phone, "$.parties.holder.contact.phone", "$.parties.holder.contact.phone is required by the message."),
                            Optional(N.EmailAddress, contact.Email))
                        : null));
        return new MappedMessage(root, errors, []);
    }

    private static XElement? Optional(string name, string? value) =>
        NctsValues.Clean(value) is { } text ? new XElement(name, text) : null;
}
