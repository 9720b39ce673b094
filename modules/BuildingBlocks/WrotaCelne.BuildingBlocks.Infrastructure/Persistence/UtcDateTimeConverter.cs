using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace WrotaCelne.BuildingBlocks.Infrastructure.Persistence;

/// <summary>Every stored time is UTC; this gives values read back <see cref="DateTimeKind.Utc"/> so they serialize with their zone.</summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Local ? v.ToUniversalTime() : DateTime.SpecifyKind(v, DateTimeKind.Utc),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
