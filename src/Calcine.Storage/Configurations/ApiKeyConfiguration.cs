using Calcine.Storage.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Calcine.Storage.Configurations;

public sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKeyEntity>
{
    public void Configure(EntityTypeBuilder<ApiKeyEntity> b)
    {
        b.ToTable("api_keys");
        b.Property(k => k.KeyId).HasMaxLength(32);
        b.HasIndex(k => k.KeyId).IsUnique();
        b.Property(k => k.Name).HasMaxLength(100);
        b.Property(k => k.SecretHash).HasMaxLength(32);
        b.Property(k => k.Role).HasMaxLength(40);
        b.Property(k => k.Jurisdiction).HasMaxLength(16);
        b.HasIndex(k => k.CreatedByUserId);
        b.HasIndex(k => new { k.Scope, k.ScopeId });
        // A key dies with its creator: it never holds more than they may grant.
        b.HasOne<CalcineUser>().WithMany().HasForeignKey(k => k.CreatedByUserId).OnDelete(DeleteBehavior.Cascade);
    }
}
