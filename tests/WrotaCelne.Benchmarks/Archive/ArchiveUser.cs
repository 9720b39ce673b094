namespace WrotaCelne.Benchmarks.Archive;

/// <summary>A user declarations are recorded for: the id and e-mail address the product keeps with each one, and the user's branch.</summary>
internal sealed record ArchiveUser(Guid Id, string Email, Guid? BranchId);
