using System.Xml.Linq;
using WrotaCelne.Plugins.Abstractions.Formats;

namespace WrotaCelne.Plugins.Formats.Mapping;

/// <summary>The EU message header group (MESSAGE): the first elements of every message, in this order.</summary>
internal static class HeaderMap
{
    public const string Sender = "messageSender";
    public const string Recipient = "messageRecipient";
    public const string PreparedAt = "preparationDateAndTime";
    public const string Identification = "messageIdentification";
    public const string Type = "messageType";
    public const string Correlation = "correlationIdentifier";

    private const int MaxLength = 35;

    public static IReadOnlyList<FormatProblem> Check(MessageHeader header, string messageType)
    {
        var problems = new List<FormatProblem>();
        void Check(string element, string? value, bool required)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                if (required)
                {
                    problems.Add(new FormatProblem(MappingProblemCodes.InvalidHeader, $"The header needs {element}.", $"/{messageType}/{element}"));
                }
            }
            else if (value.Length > MaxLength)
            {
                problems.Add(new FormatProblem(MappingProblemCodes.InvalidHeader, $"{element} is at most {MaxLength} characters long; it has {value.Length}.", $"/{messageType}/{element}"));
            }
            else if (!XmlText.IsValid(value))
            {
                problems.Add(new FormatProblem(MappingProblemCodes.InvalidHeader, $"{element} holds characters XML cannot carry (control characters).", $"/{messageType}/{element}"));
            }
        }

        Check(Sender, header.Sender, true);
        Check(Recipient, header.Recipient, true);
        Check(Identification, header.MessageIdentification, true);
        Check(Correlation, header.CorrelationIdentifier, false);
        return problems;
    }

    public static void Write(XElement root, MessageHeader header, string messageType)
    {
        root.Add(
            new XElement(Sender, header.Sender),
            new XElement(Recipient, header.Recipient),
            new XElement(PreparedAt, AdministrationTime.Write(header.PreparedAt)),
            new XElement(Identification, header.MessageIdentification),
            new XElement(Type, messageType));
        if (!string.IsNullOrWhiteSpace(header.CorrelationIdentifier))
        {
            root.Add(new XElement(Correlation, header.CorrelationIdentifier));
        }
    }

    /// <summary>Takes the header elements so an import does not report them as unmapped.</summary>
    public static void Take(XElement root, ReadContext context)
    {
        foreach (var name in new[] { Sender, Recipient, PreparedAt, Identification, Type, Correlation })
        {
            context.Take(root, name);
        }
    }
}
