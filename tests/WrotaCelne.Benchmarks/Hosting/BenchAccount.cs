namespace WrotaCelne.Benchmarks.Hosting;

/// <summary>A user who can sign in with a password only (an organization administrator: no second step), and the organization the user belongs to.</summary>
internal sealed record BenchAccount(string Email, string Password, Guid OrganizationId);
