using System.Text.Json.Serialization;

namespace WrotaCelne.Plugins.Abstractions.Formats;

/// <summary>What an answer of the administration means for the declaration, whatever the family.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<NotificationKind>))]
public enum NotificationKind
{
    /// <summary>The message was received (a receipt; no decision yet).</summary>
    Receipt = 1,

    /// <summary>The declaration was accepted (positive acknowledgement).</summary>
    Accepted = 2,

    /// <summary>An MRN was allocated; <see cref="InboundNotification.Mrn"/> holds it.</summary>
    MrnAllocated = 3,

    /// <summary>The goods were released (for transit, for export, for free circulation).</summary>
    Released = 4,

    /// <summary>The goods were not released.</summary>
    NotReleased = 5,

    /// <summary>The declaration or message was rejected; <see cref="InboundNotification.Errors"/> says why.</summary>
    Rejected = 6,

    /// <summary>The office decided on a control; <see cref="InboundNotification.Control"/> says which.</summary>
    ControlDecision = 7,

    /// <summary>Exit from the customs territory was confirmed.</summary>
    ExitConfirmed = 8,

    /// <summary>The operation was written off (discharged).</summary>
    WrittenOff = 9,

    /// <summary>A decision on a request for invalidation; <see cref="InboundNotification.Accepted"/> says which way.</summary>
    InvalidationDecision = 10,
}
