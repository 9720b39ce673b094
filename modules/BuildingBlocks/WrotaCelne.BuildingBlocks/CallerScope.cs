namespace WrotaCelne.BuildingBlocks;

/// <summary>
/// Whose data a caller may touch: one organization, and within it the branches the caller is limited
/// to (none listed: every branch). Taken from the sign-in, never from the request.
/// </summary>
public sealed record CallerScope(Guid OrganizationId, IReadOnlyList<Guid> BranchIds)
{
    public bool IsLimitedToBranches => BranchIds.Count > 0;

    /// <summary>Whether data of <paramref name="branchId"/> (null: not tied to a branch) is within reach.</summary>
    public bool Covers(Guid? branchId) => !IsLimitedToBranches || (branchId is { } id && BranchIds.Contains(id));
}
