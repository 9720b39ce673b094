namespace WrotaCelne.Modules.Declarations.Domain;

/// <summary>Where a declaration is on its way from draft to archive. Only drafts can be edited or deleted.</summary>
internal enum DeclarationStatus
{
    Draft = 0,
    Validated = 1,
    Signed = 2,
    Queued = 3,
    Sent = 4,
    Receipt = 5,
    MrnAllocated = 6,
    Released = 7,
    Exited = 8,
    WrittenOff = 9,
    Rejected = 10,
    NotReleased = 11,
    Invalidated = 12,
    NeedsAttention = 13,
}
