namespace WrotaCelne.Plugins.Abstractions.Formats;

/// <summary>An answer of the administration, read into the platform's terms.</summary>
/// <param name="MessageType">e.g. <c>CC028C</c>.</param>
/// <param name="Kind">What it means.</param>
/// <param name="Lrn">The declaration's LRN when the message carries it.</param>
/// <param name="Mrn">The MRN when the message carries it.</param>
public sealed record InboundNotification(string MessageType, NotificationKind Kind, string? Lrn, string? Mrn)
{
    /// <summary>The message's own id (<c>messageIdentification</c>).</summary>
    public string? MessageIdentification { get; init; }

    /// <summary>The id of the message it answers (<c>correlationIdentifier</c>).</summary>
    public string? CorrelationIdentifier { get; init; }

    /// <summary>When the administration prepared the message.</summary>
    public DateTimeOffset? PreparedAt { get; init; }

    /// <summary>When the decision was taken or the event happened (acceptance, release, exit, write-off, invalidation).</summary>
    public DateTimeOffset? DecisionAt { get; init; }

    /// <summary>The customs office that answered, when given.</summary>
    public string? Office { get; init; }

    /// <summary>Invalidation decisions: true when the invalidation was granted.</summary>
    public bool? Accepted { get; init; }

    /// <summary>A reason code or text the administration gave (rejection code, no-release motivation, invalidation reason).</summary>
    public string? Reason { get; init; }

    /// <summary>Rejections: every error the administration listed.</summary>
    public IReadOnlyList<FunctionalError> Errors { get; init; } = [];

    /// <summary>Control decisions: what the office decided.</summary>
    public ControlNotice? Control { get; init; }
}

/// <summary>One error in a rejection.</summary>
/// <param name="Code">The administration's error code (e.g. <c>12</c> codelist value or a rule id).</param>
/// <param name="Pointer">Where in the sent message (e.g. <c>/CC015C/Consignment/grossMass</c>), as given.</param>
/// <param name="Text">The administration's explanation, if any.</param>
public sealed record FunctionalError(string Code, string? Pointer, string? Text)
{
    /// <summary>The rule or condition the administration named (e.g. <c>R0410</c>), if any.</summary>
    public string? Rule { get; init; }

    /// <summary>The value the administration found at the pointer, if given.</summary>
    public string? OriginalValue { get; init; }

    /// <summary>The canonical JSON path the pointer maps to (<c>$.items[1].description</c>), when the plugin can map it.</summary>
    public string? FieldPath { get; init; }
}

/// <summary>A control decision.</summary>
/// <param name="Code">The decision's code as the message gives it (e.g. type of control or notification type).</param>
/// <param name="Text">Explanation, if any.</param>
public sealed record ControlNotice(string Code, string? Text)
{
    /// <summary>Documents the office asked to see, if any.</summary>
    public IReadOnlyList<string> RequestedDocuments { get; init; } = [];
}
