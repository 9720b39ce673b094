namespace WrotaCelne.Plugins.Formats.Mapping;

/// <summary>Problem codes of the message-format plugins besides the SDK's own (<c>FormatProblemCodes</c>).</summary>
internal static class MappingProblemCodes
{
    /// <summary>A value is present but breaks a length, pattern or check the message's data model sets.</summary>
    public const string InvalidFormat = "declaration.invalid-format";

    /// <summary>The declaration is of another family than the message carries.</summary>
    public const string WrongFamily = "declaration.wrong-family";

    /// <summary>The header of the message is incomplete or too long.</summary>
    public const string InvalidHeader = "message.invalid-header";

    /// <summary>The schema folder holds schemas that cannot be used (broken XSD, missing include, unreadable file).</summary>
    public const string SchemaBroken = "schema.broken";

    /// <summary>An inbound answer lacks data its kind needs (e.g. a release without an MRN).</summary>
    public const string AnswerIncomplete = "answer.incomplete";

    /// <summary>Something failed inside the plugin; the message says what.</summary>
    public const string Internal = "format.internal-error";
}
