namespace WrotaCelne.BuildingBlocks;

/// <summary>The requested thing does not exist for the caller (also used when it belongs to someone else).</summary>
public sealed class NotFoundException(string what) : Exception(what + " was not found.");
