using Calcine.Storage.Administration;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Calcine.Storage.Configurations;

public sealed class InvitationConfiguration : IEntityTypeConfiguration<InvitationEntity>
{
    public void Configure(EntityTypeBuilder<InvitationEntity> b)
    {
        b.ToTable("invitations");
        b.Property(i => i.UserId).HasMaxLength(450);
        b.Property(i => i.Email).HasMaxLength(256);
        b.Property(i => i.InvitedByUserId).HasMaxLength(450);
        b.HasIndex(i => i.UserId);
    }
}

public sealed class AccountEventConfiguration : IEntityTypeConfiguration<AccountEventEntity>
{
    public void Configure(EntityTypeBuilder<AccountEventEntity> b)
    {
        b.ToTable("account_events");
        b.Property(e => e.UserId).HasMaxLength(450);
        b.Property(e => e.Kind).HasMaxLength(40);
        b.Property(e => e.ByUserId).HasMaxLength(450);
        b.HasIndex(e => e.UserId);
    }
}

public sealed class SignInRecordConfiguration : IEntityTypeConfiguration<SignInRecordEntity>
{
    public void Configure(EntityTypeBuilder<SignInRecordEntity> b)
    {
        b.ToTable("sign_ins");
        b.Property(s => s.UserId).HasMaxLength(450);
        b.Property(s => s.ClientAddress).HasMaxLength(64);
        b.Property(s => s.UserAgent).HasMaxLength(300);
        b.HasIndex(s => new { s.UserId, s.AtUtc });
    }
}

public sealed class StackLimitsRevisionConfiguration : IEntityTypeConfiguration<StackLimitsRevisionEntity>
{
    public void Configure(EntityTypeBuilder<StackLimitsRevisionEntity> b)
    {
        b.ToTable("stack_limits_revisions");
        b.Property(r => r.Rules).HasMaxLength(64);
        b.Property(r => r.Standard).HasMaxLength(64);
        b.Property(r => r.ByUserId).HasMaxLength(450);
        b.Property(r => r.MonthsRerun).HasMaxLength(2000);
        b.HasIndex(r => new { r.StackId, r.Revision }).IsUnique();
        b.HasOne<Cems.StackEntity>().WithMany().HasForeignKey(r => r.StackId).OnDelete(DeleteBehavior.Cascade);
    }
}
