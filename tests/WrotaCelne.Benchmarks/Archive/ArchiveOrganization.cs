namespace WrotaCelne.Benchmarks.Archive;

/// <summary>An organization of the generated archive: its users and branches, and how many declarations it gets.</summary>
internal sealed record ArchiveOrganization(Guid Id, IReadOnlyList<Guid> Branches, IReadOnlyList<ArchiveUser> Users, int Declarations);
