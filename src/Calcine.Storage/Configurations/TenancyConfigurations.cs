using Calcine.Storage.Identity;
using Calcine.Storage.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Calcine.Storage.Configurations;

public sealed class AssociationConfiguration : IEntityTypeConfiguration<AssociationEntity>
{
    public void Configure(EntityTypeBuilder<AssociationEntity> b)
    {
        b.ToTable("associations");
        b.Property(a => a.Name).HasMaxLength(200);
        b.HasIndex(a => a.Name).IsUnique();
    }
}

public sealed class CompanyConfiguration : IEntityTypeConfiguration<CompanyEntity>
{
    public void Configure(EntityTypeBuilder<CompanyEntity> b)
    {
        b.ToTable("companies");
        b.Property(c => c.Name).HasMaxLength(200);
        b.HasIndex(c => c.Name).IsUnique();
        b.HasOne(c => c.Association).WithMany(a => a.Companies).HasForeignKey(c => c.AssociationId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class PlantConfiguration : IEntityTypeConfiguration<PlantEntity>
{
    public void Configure(EntityTypeBuilder<PlantEntity> b)
    {
        b.ToTable("plants");
        b.Property(p => p.Code).HasMaxLength(64);
        b.Property(p => p.Name).HasMaxLength(200);
        b.Property(p => p.Jurisdiction).HasMaxLength(16);
        b.Property(p => p.Version).IsConcurrencyToken();
        b.HasIndex(p => p.Code).IsUnique();
        b.HasIndex(p => p.Jurisdiction);
        b.HasOne(p => p.Company).WithMany(c => c.Plants).HasForeignKey(p => p.CompanyId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(p => p.Kilns).WithOne().HasForeignKey(k => k.PlantId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(p => p.Mills).WithOne().HasForeignKey(m => m.PlantId).OnDelete(DeleteBehavior.Cascade);
        // Stacks outlive a plant's registration: unlinking keeps their monitoring data.
        b.HasMany(p => p.Stacks).WithOne().HasForeignKey(s => s.PlantId).OnDelete(DeleteBehavior.SetNull);
    }
}

public sealed class KilnConfiguration : IEntityTypeConfiguration<KilnEntity>
{
    public void Configure(EntityTypeBuilder<KilnEntity> b)
    {
        b.ToTable("kilns");
        b.Property(k => k.Name).HasMaxLength(100);
        b.Property(k => k.ProcessType).HasMaxLength(40);
    }
}

public sealed class MillConfiguration : IEntityTypeConfiguration<MillEntity>
{
    public void Configure(EntityTypeBuilder<MillEntity> b)
    {
        b.ToTable("mills");
        b.Property(m => m.Name).HasMaxLength(100);
        b.Property(m => m.MillType).HasMaxLength(40);
    }
}

public sealed class RoleAssignmentConfiguration : IEntityTypeConfiguration<RoleAssignmentEntity>
{
    public void Configure(EntityTypeBuilder<RoleAssignmentEntity> b)
    {
        b.ToTable("role_assignments");
        b.Property(r => r.Role).HasMaxLength(40);
        b.Property(r => r.Jurisdiction).HasMaxLength(16);
        b.HasIndex(r => r.UserId);
        b.HasOne<CalcineUser>().WithMany(u => u.RoleAssignments).HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
