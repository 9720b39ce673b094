using WrotaCelne.BuildingBlocks;

namespace WrotaCelne.Modules.Declarations.Contracts.Guarantees;

/// <summary>A guarantee of the organization for transit. The access code is kept encrypted and never shown again.</summary>
public sealed record GuaranteeDto(Guid Id, string Grn, string Type, decimal Amount, string Currency, string? Description, bool HasAccessCode, DateTime CreatedAtUtc);

/// <summary>The organization's guarantees register.</summary>
public sealed record ListGuarantees(CallerScope Caller) : IQuery<IReadOnlyList<GuaranteeDto>>;

/// <summary>Adds a guarantee: GRN with a valid check digit, guarantee type (one character), 4-character access code, amount and currency.</summary>
public sealed record AddGuarantee(CallerScope Caller, string Grn, string Type, string? AccessCode, decimal Amount, string Currency, string? Description) : ICommand<GuaranteeDto>;

public sealed record RemoveGuarantee(CallerScope Caller, Guid GuaranteeId) : ICommand<bool>;
