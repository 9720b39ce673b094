using WrotaCelne.BuildingBlocks;

namespace WrotaCelne.Modules.Declarations.Contracts;

/// <summary>The Declarations module's facade: drafts, validation, submission, archive.</summary>
public interface IDeclarationsModule : IModuleFacade;
