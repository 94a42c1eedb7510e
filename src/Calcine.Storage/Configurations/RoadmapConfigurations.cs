using Calcine.Storage.Roadmaps;
using Calcine.Storage.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Calcine.Storage.Configurations;

public sealed class LeverLibraryVersionConfiguration : IEntityTypeConfiguration<LeverLibraryVersionEntity>
{
    public void Configure(EntityTypeBuilder<LeverLibraryVersionEntity> b)
    {
        b.ToTable("lever_library_versions");
        b.Property(v => v.Label).HasMaxLength(200);
        b.Property(v => v.Note).HasMaxLength(2000);
        b.Property(v => v.CreatedBy).HasMaxLength(200);
        // Two racing overrides of one association cannot both store the same number.
        b.HasIndex(v => new { v.AssociationId, v.Number }).IsUnique();
        b.HasOne<AssociationEntity>().WithMany().HasForeignKey(v => v.AssociationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<LeverLibraryVersionEntity>().WithMany().HasForeignKey(v => v.BasedOnId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class RoadmapScenarioConfiguration : IEntityTypeConfiguration<RoadmapScenarioEntity>
{
    public void Configure(EntityTypeBuilder<RoadmapScenarioEntity> b)
    {
        b.ToTable("roadmap_scenarios");
        b.Property(s => s.Name).HasMaxLength(200);
        b.Property(s => s.Version).IsConcurrencyToken();
        b.HasIndex(s => s.CompanyId);
        b.HasIndex(s => s.AssociationId);
        b.HasOne<CompanyEntity>().WithMany().HasForeignKey(s => s.CompanyId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AssociationEntity>().WithMany().HasForeignKey(s => s.AssociationId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class RoadmapScenarioVersionConfiguration : IEntityTypeConfiguration<RoadmapScenarioVersionEntity>
{
    public void Configure(EntityTypeBuilder<RoadmapScenarioVersionEntity> b)
    {
        b.ToTable("roadmap_scenario_versions");
        b.Property(v => v.CreatedBy).HasMaxLength(200);
        b.HasIndex(v => new { v.ScenarioId, v.Number }).IsUnique();
        b.HasOne(v => v.Scenario).WithMany(s => s.Versions).HasForeignKey(v => v.ScenarioId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<LeverLibraryVersionEntity>().WithMany().HasForeignKey(v => v.LibraryVersionId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class RoadmapResultConfiguration : IEntityTypeConfiguration<RoadmapResultEntity>
{
    public void Configure(EntityTypeBuilder<RoadmapResultEntity> b)
    {
        b.ToTable("roadmap_results");
        b.HasIndex(r => r.ScenarioVersionId).IsUnique();
        b.HasOne<RoadmapScenarioVersionEntity>().WithMany().HasForeignKey(r => r.ScenarioVersionId).OnDelete(DeleteBehavior.Cascade);
    }
}
