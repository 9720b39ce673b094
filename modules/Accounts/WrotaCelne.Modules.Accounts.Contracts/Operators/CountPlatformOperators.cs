using WrotaCelne.BuildingBlocks;

namespace WrotaCelne.Modules.Accounts.Contracts.Operators;

public sealed record CountPlatformOperators : IQuery<int>;
