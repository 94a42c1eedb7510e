using Calcine.Storage.Cems;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Calcine.Storage.Configurations;

public sealed class StackChannelConfiguration : IEntityTypeConfiguration<StackChannelEntity>
{
    public void Configure(EntityTypeBuilder<StackChannelEntity> b)
    {
        b.ToTable("stack_channels");
        b.Property(c => c.Pollutant).HasMaxLength(8);
        b.Property(c => c.Unit).HasMaxLength(8);
        b.Property(c => c.Basis).HasMaxLength(8);
        b.HasIndex(c => new { c.StackId, c.Pollutant }).IsUnique();
        b.HasOne<StackEntity>().WithMany(s => s.Channels).HasForeignKey(c => c.StackId);
    }
}

/// <summary>Derived minutes: on SQLite the instant is UTC ticks (8 bytes, integer comparisons);
/// on PostgreSQL the table is partitioned by month of the minute (hand-written in the migration).</summary>
public sealed class CemsMinuteConfiguration(bool sqlite) : IEntityTypeConfiguration<CemsMinuteEntity>
{
    public void Configure(EntityTypeBuilder<CemsMinuteEntity> b)
    {
        b.ToTable("cems_minutes");
        b.HasKey(m => new { m.StackId, m.MinuteUtc });
        if (sqlite)
        {
            b.Property(m => m.MinuteUtc).HasConversion(UtcTicksConverter.Instance);
        }
    }
}

public sealed class CemsHourConfiguration(bool sqlite) : IEntityTypeConfiguration<CemsHourEntity>
{
    public void Configure(EntityTypeBuilder<CemsHourEntity> b)
    {
        b.ToTable("cems_hours");
        b.HasKey(h => new { h.StackId, h.Channel, h.HourUtc });
        b.Property(h => h.Flag).HasMaxLength(8);
        b.Property(h => h.Status).HasMaxLength(10);
        if (sqlite)
        {
            b.Property(h => h.HourUtc).HasConversion(UtcTicksConverter.Instance);
        }
    }
}

public sealed class CemsDayConfiguration : IEntityTypeConfiguration<CemsDayEntity>
{
    public void Configure(EntityTypeBuilder<CemsDayEntity> b)
    {
        b.ToTable("cems_days");
        b.HasKey(d => new { d.StackId, d.Channel, d.Day });
        b.Property(d => d.Flag).HasMaxLength(8);
        b.Property(d => d.Status).HasMaxLength(10);
    }
}

public sealed class CemsProcessingStateConfiguration : IEntityTypeConfiguration<CemsProcessingStateEntity>
{
    public void Configure(EntityTypeBuilder<CemsProcessingStateEntity> b)
    {
        b.ToTable("cems_processing_state");
        b.Property(s => s.Id).ValueGeneratedNever();
    }
}

/// <summary>UTC instants as ticks on SQLite.</summary>
public static class UtcTicksConverter
{
    public static ValueConverter<DateTime, long> Instance { get; } = new(v => v.Ticks, v => new DateTime(v, DateTimeKind.Utc));
}

public sealed class ExceedanceExplanationConfiguration(bool sqlite) : IEntityTypeConfiguration<ExceedanceExplanationEntity>
{
    public void Configure(EntityTypeBuilder<ExceedanceExplanationEntity> b)
    {
        b.ToTable("exceedance_explanations");
        b.Property(e => e.Pollutant).HasMaxLength(8);
        b.Property(e => e.Text).HasMaxLength(ExceedanceExplanationEntity.MaxText);
        b.Property(e => e.UpdatedById).HasMaxLength(450);
        b.Property(e => e.UpdatedByName).HasMaxLength(200);
        b.HasIndex(e => new { e.StackId, e.Pollutant, e.EventStartUtc }).IsUnique();
        b.HasOne<StackEntity>().WithMany().HasForeignKey(e => e.StackId).OnDelete(DeleteBehavior.Restrict);
        if (sqlite)
        {
            b.Property(e => e.EventStartUtc).HasConversion(UtcTicksConverter.Instance);
        }
    }
}
