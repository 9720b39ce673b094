namespace WrotaCelne.BuildingBlocks;

/// <summary>The signed-in person a change is recorded for: user id and the name shown in histories (the e-mail address).</summary>
public sealed record Actor(Guid UserId, string Name);
