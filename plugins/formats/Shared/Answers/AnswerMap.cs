using WrotaCelne.Plugins.Abstractions.Formats;

namespace WrotaCelne.Plugins.Formats.Answers;

/// <summary>
/// Where an inbound answer keeps what the platform needs: element paths from the root (<c>ExportOperation/MRN</c>).
/// A path left null is not in that message.
/// </summary>
internal sealed record AnswerMap(string MessageType, NotificationKind Kind)
{
    public string? Lrn { get; init; }

    public string? Mrn { get; init; }

    public string? DecisionAt { get; init; }

    public string? Office { get; init; }

    /// <summary>A code (rejection code, no-release motivation, exit result).</summary>
    public string? ReasonCode { get; init; }

    /// <summary>A text next to the code, or the reason on its own (invalidation justification).</summary>
    public string? ReasonText { get; init; }

    /// <summary>A flag (<c>1</c>/<c>0</c>) saying the request was granted.</summary>
    public string? Accepted { get; init; }

    public FunctionalErrorMap? Errors { get; init; }

    public ControlMap? Control { get; init; }

    /// <summary>Paths that must hold a value, or the answer is refused as incomplete.</summary>
    public IReadOnlyList<string> Required { get; init; } = [];
}

/// <summary>A repeated error group and its elements (relative to the group).</summary>
internal sealed record FunctionalErrorMap(string Group, string Code, string Pointer, string Reason, string OriginalValue);

/// <summary>A control decision: repeated types of control, a notification type, requested documents.</summary>
internal sealed record ControlMap(string NotificationType, string ControlGroup, string ControlType, string ControlText, string DocumentGroup, string DocumentType);
