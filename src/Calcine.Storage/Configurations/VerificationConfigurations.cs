using Calcine.Storage.Verification;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Calcine.Storage.Configurations;

public sealed class PlantYearVersionConfiguration : IEntityTypeConfiguration<PlantYearVersionEntity>
{
    public void Configure(EntityTypeBuilder<PlantYearVersionEntity> b)
    {
        b.ToTable("plant_year_versions");
        b.Property(v => v.DocumentSha256).HasMaxLength(64);
        b.Property(v => v.InventorySha256).HasMaxLength(64);
        b.Property(v => v.SignedById).HasMaxLength(450);
        b.Property(v => v.SignedByName).HasMaxLength(200);
        b.Property(v => v.AuditHeadHash).HasMaxLength(64).HasDefaultValue(Audit.AuditHash.Genesis);
        // Two racing sign-offs cannot both store the same number.
        b.HasIndex(v => new { v.PlantYearId, v.Number }).IsUnique();
        b.HasOne(v => v.PlantYear).WithMany().HasForeignKey(v => v.PlantYearId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class VerificationFindingConfiguration : IEntityTypeConfiguration<VerificationFindingEntity>
{
    public void Configure(EntityTypeBuilder<VerificationFindingEntity> b)
    {
        b.ToTable("verification_findings");
        b.Property(f => f.Text).HasMaxLength(VerificationLimits.MaxText);
        b.Property(f => f.Answer).HasMaxLength(VerificationLimits.MaxText);
        b.Property(f => f.Severity).HasMaxLength(20);
        b.Property(f => f.Status).HasMaxLength(20);
        b.Property(f => f.RaisedById).HasMaxLength(450);
        b.Property(f => f.AnsweredById).HasMaxLength(450);
        b.Property(f => f.ClosedById).HasMaxLength(450);
        b.Property(f => f.RaisedByName).HasMaxLength(200);
        b.Property(f => f.AnsweredByName).HasMaxLength(200);
        b.Property(f => f.ClosedByName).HasMaxLength(200);
        b.Property(f => f.Version).IsConcurrencyToken();
        b.HasIndex(f => new { f.PlantYearId, f.Status });
        b.HasOne(f => f.PlantYear).WithMany().HasForeignKey(f => f.PlantYearId).OnDelete(DeleteBehavior.Restrict);
    }
}
