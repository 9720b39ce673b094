namespace WrotaCelne.Modules.Declarations.Infrastructure;

/// <summary>A row of the full-text index that matched: the declaration's storage key.</summary>
internal sealed record FullTextMatch(long Key);
