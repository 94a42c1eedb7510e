using Calcine.Storage.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Calcine.Storage.Configurations;

public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntryEntity>
{
    public void Configure(EntityTypeBuilder<AuditEntryEntity> b)
    {
        b.ToTable("audit_log");
        b.HasKey(e => e.Sequence);
        b.Property(e => e.Sequence).ValueGeneratedNever();
        b.Property(e => e.ActorKind).HasMaxLength(20);
        b.Property(e => e.ActorId).HasMaxLength(450);
        b.Property(e => e.ActorName).HasMaxLength(256);
        b.Property(e => e.EntityType).HasMaxLength(100);
        b.Property(e => e.EntityKey).HasMaxLength(200);
        b.Property(e => e.Action).HasMaxLength(10);
        // Text, never jsonb: jsonb would re-order keys and whitespace, and the hash covers the exact text.
        b.Property(e => e.Reason).HasMaxLength(AuditContext.MaxReasonLength);
        b.Property(e => e.PreviousHash).HasMaxLength(64);
        b.Property(e => e.Hash).HasMaxLength(64);
        b.HasIndex(e => e.CompanyId);
        b.HasIndex(e => e.PlantId);
        b.HasIndex(e => e.At);
    }
}
