using WrotaCelne.BuildingBlocks;

namespace WrotaCelne.Modules.Support.Contracts;

/// <summary>The Support module's facade: helpdesk, tickets, and Training (presentations and trainings).</summary>
public interface ISupportModule : IModuleFacade;
