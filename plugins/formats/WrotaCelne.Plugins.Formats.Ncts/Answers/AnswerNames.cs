namespace WrotaCelne.Plugins.Formats.Ncts.Answers;

/// <summary>Element names of the answers (CC028C ... CC906C) that <see cref="AnswerReader"/> reads.</summary>
internal static class AnswerNames
{
    public const string TransitOperation = "TransitOperation";
    public const string Header = "Header";
    public const string Lrn = "LRN";
    public const string Mrn = "MRN";
    public const string OfficeOfDeparture = "CustomsOfficeOfDeparture";
    public const string ReferenceNumber = "referenceNumber";

    public const string DeclarationAcceptanceDate = "declarationAcceptanceDate";
    public const string ReleaseDate = "releaseDate";

    public const string RejectionDateAndTime = "rejectionDateAndTime";
    public const string RejectionCode = "rejectionCode";
    public const string RejectionReason = "rejectionReason";
    public const string FunctionalError = "FunctionalError";
    public const string ErrorPointer = "errorPointer";
    public const string ErrorCode = "errorCode";
    public const string ErrorReason = "errorReason";
    public const string ErrorText = "errorText";
    public const string ErrorLineNumber = "errorLineNumber";
    public const string ErrorColumnNumber = "errorColumnNumber";
    public const string OriginalAttributeValue = "originalAttributeValue";
    public const string XmlError = "XMLError";

    public const string NoReleaseMotivationCode = "noReleaseMotivationCode";
    public const string NoReleaseMotivationText = "noReleaseMotivationText";

    public const string ControlNotificationDateAndTime = "controlNotificationDateAndTime";
    public const string NotificationType = "notificationType";
    public const string TypeOfControls = "TypeOfControls";
    public const string Type = "type";
    public const string Text = "text";
    public const string RequestedDocument = "RequestedDocument";
    public const string DocumentType = "documentType";
    public const string Description = "description";

    public const string WriteOffDate = "writeOffDate";

    public const string Invalidation = "Invalidation";
    public const string DecisionDateAndTime = "decisionDateAndTime";
    public const string Decision = "decision";
    public const string Justification = "justification";
}
