using WrotaCelne.BuildingBlocks;

namespace WrotaCelne.Modules.Support.Contracts.Helpdesk;

public sealed record GetHelpdeskStatus : IQuery<HelpdeskStatusDto>;
