using WrotaCelne.BuildingBlocks;

namespace WrotaCelne.Modules.Accounts.Contracts.SignIn;

public sealed record SignOut : ICommand<bool>;
