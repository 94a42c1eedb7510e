using Calcine.Storage.Activity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Calcine.Storage.Configurations;

public sealed class PlantYearConfiguration : IEntityTypeConfiguration<PlantYearEntity>
{
    public void Configure(EntityTypeBuilder<PlantYearEntity> b)
    {
        b.ToTable("plant_years");
        b.Property(y => y.Status).HasMaxLength(40);
        b.Property(y => y.Source).HasMaxLength(20);
        b.Property(y => y.Version).IsConcurrencyToken();
        b.HasIndex(y => new { y.PlantId, y.Year }).IsUnique();
        b.HasOne(y => y.Plant).WithMany().HasForeignKey(y => y.PlantId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(y => y.Months).WithOne(m => m.PlantYear).HasForeignKey(m => m.PlantYearId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class MonthlyActivityConfiguration : IEntityTypeConfiguration<MonthlyActivityEntity>
{
    public void Configure(EntityTypeBuilder<MonthlyActivityEntity> b)
    {
        b.ToTable("monthly_activity", t => t.HasCheckConstraint("ck_monthly_activity_month", "\"Month\" BETWEEN 1 AND 12"));
        b.Property(m => m.UpdatedBy).HasMaxLength(256);
        b.Property(m => m.Version).IsConcurrencyToken();
        b.HasIndex(m => new { m.PlantYearId, m.Month }).IsUnique();
    }
}
