namespace WrotaCelne.Modules.Accounts.Contracts.Organizations;

/// <summary>A postal address; <paramref name="Country"/> is the ISO 3166 alpha-2 code (PL).</summary>
public sealed record AddressDto(string Street, string City, string PostalCode, string Country);
