using System.Xml.Linq;
using WrotaCelne.Plugins.Abstractions.Formats;
using WrotaCelne.Plugins.Formats.Ncts.Declaration;
using WrotaCelne.Plugins.Formats.Ncts.Xml;
using A = WrotaCelne.Plugins.Formats.Ncts.Answers.AnswerNames;

namespace WrotaCelne.Plugins.Formats.Ncts.Answers;

/// <summary>
/// An answer of NCTS → canonical notification. Reads only what the schema allows and takes every optional part as
/// possibly absent; the one thing it insists on is what gives the answer its meaning (the MRN of an MRN allocation).
/// </summary>
internal static class AnswerReader
{
    public static FormatResult<InboundNotification> Read(XElement root, IReadOnlyList<FormatProblem> warnings)
    {
        var type = root.Name.LocalName;
        var operation = root.Element(A.TransitOperation) ?? root.Element(A.Header);
        var lrn = Text(operation, A.Lrn);
        var mrn = Text(operation, A.Mrn);
        var notification = type switch
        {
            NctsMessages.MrnAllocated => new InboundNotification(type, NotificationKind.MrnAllocated, lrn, mrn)
            {
                DecisionAt = Date(operation, A.DeclarationAcceptanceDate),
            },
            NctsMessages.ReleasedForTransit => new InboundNotification(type, NotificationKind.Released, lrn, mrn)
            {
                DecisionAt = Date(operation, A.ReleaseDate),
            },
            NctsMessages.Rejection => new InboundNotification(type, NotificationKind.Rejected, lrn, mrn)
            {
                DecisionAt = DateTime(operation, A.RejectionDateAndTime),
                Reason = CodeAndText(Text(operation, A.RejectionCode), Text(operation, A.RejectionReason)),
                Errors = FunctionalErrors(root),
            },
            NctsMessages.NoRelease => new InboundNotification(type, NotificationKind.NotReleased, lrn, mrn)
            {
                Reason = CodeAndText(Text(operation, A.NoReleaseMotivationCode), Text(operation, A.NoReleaseMotivationText)),
            },
            NctsMessages.ControlDecision => new InboundNotification(type, NotificationKind.ControlDecision, lrn, mrn)
            {
                DecisionAt = DateTime(operation, A.ControlNotificationDateAndTime),
                Control = Control(root, operation),
            },
            NctsMessages.WriteOff => new InboundNotification(type, NotificationKind.WrittenOff, lrn, mrn)
            {
                DecisionAt = Date(operation, A.WriteOffDate),
            },
            NctsMessages.InvalidationDecision => Invalidation(type, root, lrn, mrn),
            NctsMessages.PositiveAcknowledge => new InboundNotification(type, NotificationKind.Accepted, lrn, mrn),
            NctsMessages.XmlNack => new InboundNotification(type, NotificationKind.Rejected, lrn, mrn) { Errors = XmlErrors(root) },
            NctsMessages.FunctionalNack => new InboundNotification(type, NotificationKind.Rejected, lrn, mrn) { Errors = FunctionalErrors(root) },
            _ => null,
        };

        if (notification is null)
        {
            return FormatResult.Failure<InboundNotification>(FormatProblem.NotSupported($"{type} is not an answer this plugin reads."));
        }

        if (type is NctsMessages.MrnAllocated or NctsMessages.ReleasedForTransit && mrn is null)
        {
            return FormatResult.Failure<InboundNotification>(
                [new FormatProblem(FormatProblemCodes.SchemaInvalid, $"{type} carries no MRN.", $"/{type}/{A.TransitOperation}/{A.Mrn}")],
                warnings);
        }

        return FormatResult.Success(
            notification with
            {
                MessageIdentification = Text(root, MessageEnvelope.MessageIdentification),
                CorrelationIdentifier = Text(root, MessageEnvelope.CorrelationIdentifier),
                PreparedAt = DateTime(root, MessageEnvelope.PreparationDateAndTime),
                Office = Text(root.Element(A.OfficeOfDeparture), A.ReferenceNumber),
            },
            warnings);
    }

    private static InboundNotification Invalidation(string type, XElement root, string? lrn, string? mrn)
    {
        var invalidation = root.Element(A.Invalidation);
        return new InboundNotification(type, NotificationKind.InvalidationDecision, lrn, mrn)
        {
            Accepted = Text(invalidation, A.Decision) is { } decision ? NctsValues.ParseFlag(decision) : null,
            DecisionAt = DateTime(invalidation, A.DecisionDateAndTime),
            Reason = Text(invalidation, A.Justification),
        };
    }

    private static ControlNotice Control(XElement root, XElement? operation)
    {
        var controls = root.Elements(A.TypeOfControls)
            .Select(control => CodeAndText(Text(control, A.Type), Text(control, A.Text)))
            .OfType<string>()
            .ToList();
        return new ControlNotice(Text(operation, A.NotificationType) ?? string.Empty, controls.Count == 0 ? null : string.Join("; ", controls))
        {
            RequestedDocuments = root.Elements(A.RequestedDocument)
                .Select(document => CodeAndText(Text(document, A.DocumentType), Text(document, A.Description)))
                .OfType<string>()
                .ToList(),
        };
    }

    private static List<FunctionalError> FunctionalErrors(XElement root) =>
        root.Elements(A.FunctionalError).Select(error =>
        {
            var pointer = Text(error, A.ErrorPointer);
            return new FunctionalError(Text(error, A.ErrorCode) ?? string.Empty, pointer, null)
            {
                Rule = Text(error, A.ErrorReason),
                OriginalValue = Text(error, A.OriginalAttributeValue),
                FieldPath = ErrorPointerMap.ToFieldPath(pointer),
            };
        }).ToList();

    private static List<FunctionalError> XmlErrors(XElement root) =>
        root.Elements(A.XmlError).Select(error =>
        {
            var pointer = Text(error, A.ErrorPointer);
            var text = Text(error, A.ErrorText);
            var line = Text(error, A.ErrorLineNumber);
            var column = Text(error, A.ErrorColumnNumber);
            return new FunctionalError(
                Text(error, A.ErrorCode) ?? string.Empty,
                pointer,
                line is null && column is null ? text : $"{text} (line {line}, column {column})")
            {
                OriginalValue = Text(error, A.OriginalAttributeValue),
                FieldPath = ErrorPointerMap.ToFieldPath(pointer),
            };
        }).ToList();

    private static string? CodeAndText(string? code, string? text) => (code, text) switch
    {
        (null, null) => null,
        (not null, null) => code,
        (null, not null) => text,
        _ => $"{code}: {text}",
    };

    private static string? Text(XElement? parent, string name) => NctsValues.Clean(parent?.Element(name)?.Value);

    private static DateTimeOffset? DateTime(XElement? parent, string name) =>
        Text(parent, name) is { } text ? NctsTime.ReadDateTime(text) : null;

    private static DateTimeOffset? Date(XElement? parent, string name) =>
        Text(parent, name) is { } text ? NctsTime.ReadDate(text) : null;
}
