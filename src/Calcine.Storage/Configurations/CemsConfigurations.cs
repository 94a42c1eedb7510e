using Calcine.Storage.Cems;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Calcine.Storage.Configurations;

public sealed class StackConfiguration : IEntityTypeConfiguration<StackEntity>
{
    public void Configure(EntityTypeBuilder<StackEntity> b)
    {
        b.ToTable("stacks");
        b.Property(s => s.Code).HasMaxLength(64);
        b.Property(s => s.Name).HasMaxLength(200);
        b.Property(s => s.PlantCode).HasMaxLength(64);
        b.Property(s => s.ComplianceRules).HasMaxLength(64);
        b.Property(s => s.ComplianceStandard).HasMaxLength(64);
        b.HasIndex(s => s.Code).IsUnique();
    }
}

public sealed class DeviceConfiguration : IEntityTypeConfiguration<DeviceEntity>
{
    public void Configure(EntityTypeBuilder<DeviceEntity> b)
    {
        b.ToTable("devices");
        b.Property(d => d.Mn).HasMaxLength(24);
        b.HasIndex(d => d.Mn).IsUnique();
        b.HasOne(d => d.Stack).WithMany(s => s.Devices).HasForeignKey(d => d.StackId);
    }
}

/// <summary>On SQLite, instants are stored as UTC ticks: 8 bytes instead of 19+ of text, and
/// range queries compare integers in SQL.</summary>
public sealed class CemsFrameConfiguration(bool sqlite) : IEntityTypeConfiguration<CemsFrameEntity>
{
    private static readonly ValueConverter<DateTime, long> UtcTicks = new(
        v => v.Ticks, v => new DateTime(v, DateTimeKind.Utc));

    public void Configure(EntityTypeBuilder<CemsFrameEntity> b)
    {
        b.ToTable("cems_frames");
        // PostgreSQL partitions by data time, and a partitioned table's key must hold the partition column.
        // SQLite keeps a plain rowid key.
        if (sqlite)
        {
            b.HasKey(f => f.Id);
        }
        else
        {
            b.HasKey(f => new { f.Id, f.DataTimeUtc });
        }

        b.Property(f => f.Id).ValueGeneratedOnAdd();
        b.Property(f => f.Qn).HasMaxLength(20);
        b.HasIndex(f => new { f.DeviceId, f.Cn, f.DataTimeUtc, f.Part }).IsUnique();
        if (sqlite)
        {
            b.Property(f => f.DataTimeUtc).HasConversion(UtcTicks);
            b.Property(f => f.ReceivedUtc).HasConversion(UtcTicks);
        }
    }
}
