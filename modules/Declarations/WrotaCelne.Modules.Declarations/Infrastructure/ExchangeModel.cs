using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using WrotaCelne.Modules.Declarations.Domain;
using WrotaCelne.Modules.Declarations.Domain.Signing;

namespace WrotaCelne.Modules.Declarations.Infrastructure;

/// <summary>Tables of signing credentials, the signature audit, gateway settings and the messages kept byte for byte.</summary>
internal static class ExchangeModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<SigningCredential>(b =>
        {
            b.ToTable("signing_credentials");
            b.HasKey(c => c.Id);
            b.HasIndex(c => new { c.OrganizationId, c.Name }).IsUnique();
            b.Property(c => c.Name).HasMaxLength(SigningCredential.NameMaxLength);
            b.Property(c => c.ProviderId).HasMaxLength(100);
            b.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
            b.Property(c => c.Subject).HasMaxLength(1000);
            b.Property(c => c.Issuer).HasMaxLength(1000);
            b.Property(c => c.SerialNumber).HasMaxLength(100);
            b.Property(c => c.Thumbprint).HasMaxLength(64);
            b.Property(c => c.CreatedBy).HasMaxLength(254);
            b.Property(c => c.Settings).HasConversion(
                v => JsonSerializer.Serialize(v, (JsonSerializerOptions?)null),
                v => JsonSerializer.Deserialize<Dictionary<string, string>>(v, (JsonSerializerOptions?)null) ?? new Dictionary<string, string>(),
                new ValueComparer<Dictionary<string, string>>(
                    (a, c) => a!.Count == c!.Count && !a.Except(c).Any(),
                    v => v.Aggregate(0, (h, p) => HashCode.Combine(h, p.Key, p.Value)),
                    v => new Dictionary<string, string>(v)));
        });
        modelBuilder.Entity<DeclarationSignature>(b =>
        {
            b.ToTable("declaration_signatures");
            b.HasKey(s => s.Id);
            b.HasIndex(s => new { s.OrganizationId, s.DeclarationId });
            b.HasIndex(s => s.CredentialId);
            b.Property(s => s.MessageType).HasMaxLength(20);
            b.Property(s => s.CredentialName).HasMaxLength(SigningCredential.NameMaxLength);
            b.Property(s => s.CertificateSubject).HasMaxLength(1000);
            b.Property(s => s.CertificateThumbprint).HasMaxLength(64);
            b.Property(s => s.SignatureMethod).HasMaxLength(200);
            b.Property(s => s.SignedBy).HasMaxLength(254);
            b.Property(s => s.ContentDigest).HasMaxLength(64);
            b.Property(s => s.MessageSha256).HasMaxLength(64);
        });
        modelBuilder.Entity<Domain.GatewaySettings>(b =>
        {
            b.ToTable("gateway_settings");
            b.HasKey(g => g.OrganizationId);
            b.Property(g => g.Environment).HasConversion<string>().HasMaxLength(20);
            b.Property(g => g.Login).HasMaxLength(Domain.GatewaySettings.LoginMaxLength);
            b.Property(g => g.UpdatedBy).HasMaxLength(254);
        });
        modelBuilder.Entity<Domain.Submission>(b =>
        {
            b.ToTable("submissions");
            b.HasKey(s => s.Id);
            b.HasIndex(s => new { s.State, s.NextAttemptAtUtc });
            b.HasIndex(s => s.LeaseId);
            b.HasIndex(s => s.DeclarationId);
            b.HasIndex(s => new { s.State, s.NextLookupAtUtc });
            b.Property(s => s.State).HasConversion<string>().HasMaxLength(10);
            b.Property(s => s.Lrn).HasMaxLength(Lrn.MaxLength);
            b.Property(s => s.SysRef).HasMaxLength(100);
            b.Property(s => s.LastError).HasMaxLength(1000);
            b.Property(s => s.Version).IsConcurrencyToken();
        });
        modelBuilder.Entity<DeclarationMessage>(b =>
        {
            b.ToTable("declaration_messages");
            b.HasKey(m => m.Id);
            b.HasIndex(m => new { m.DeclarationId, m.CreatedAtUtc });
            b.HasIndex(m => new { m.OrganizationId, m.GatewayId }).IsUnique().HasFilter("GatewayId IS NOT NULL");
            b.Property(m => m.GatewayId).HasMaxLength(100);
            b.Property(m => m.GatewayCaseId).HasMaxLength(100);
            b.Property(m => m.Lrn).HasMaxLength(Lrn.MaxLength);
            b.Property(m => m.Mrn).HasMaxLength(18);
            b.HasIndex(m => new { m.OrganizationId, m.Mrn });
            b.Property(m => m.Meaning).HasMaxLength(30);
            b.Property(m => m.Direction).HasConversion<string>().HasMaxLength(10);
            b.Property(m => m.MessageType).HasMaxLength(20);
            b.Property(m => m.TargetSystem).HasMaxLength(20);
            b.Property(m => m.FileName).HasMaxLength(200);
            b.Property(m => m.Sha256).HasMaxLength(64);
            b.Property(m => m.Problem).HasMaxLength(DeclarationMessage.ProblemMaxLength);
            b.Property(m => m.ReviewedBy).HasMaxLength(254);
            b.HasIndex(m => new { m.OrganizationId, m.DeclarationId, m.ReviewedAtUtc });
            b.HasIndex(m => m.CreatedAtUtc).HasDatabaseName("IX_declaration_messages_Unprocessed").HasFilter("ProcessedAtUtc IS NULL AND Direction = 'Inbound'");
        });
    }
}
