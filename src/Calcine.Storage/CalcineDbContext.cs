using Calcine.Storage.Activity;
using Calcine.Storage.Administration;
using Calcine.Storage.Audit;
using Calcine.Storage.Cems;
using Calcine.Storage.Configurations;
using Calcine.Storage.Identity;
using Calcine.Storage.Roadmaps;
using Calcine.Storage.Tenancy;
using Calcine.Storage.Verification;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Storage;

/// <summary>The platform's database. One model, two providers, each with its own migrations assembly.
/// People are ASP.NET Core Identity users in the same database; their roles are tenant-scoped
/// <see cref="RoleAssignmentEntity"/> rows, so Identity's global role tables are not used
/// (IdentityUserContext rather than IdentityDbContext).</summary>
public sealed class CalcineDbContext(DbContextOptions<CalcineDbContext> options) : IdentityUserContext<CalcineUser>(options)
{
    public DbSet<AssociationEntity> Associations => Set<AssociationEntity>();
    public DbSet<CompanyEntity> Companies => Set<CompanyEntity>();
    public DbSet<PlantEntity> Plants => Set<PlantEntity>();
    public DbSet<KilnEntity> Kilns => Set<KilnEntity>();
    public DbSet<MillEntity> Mills => Set<MillEntity>();
    public DbSet<RoleAssignmentEntity> RoleAssignments => Set<RoleAssignmentEntity>();
    public DbSet<ApiKeyEntity> ApiKeys => Set<ApiKeyEntity>();

    public DbSet<AuditEntryEntity> AuditLog => Set<AuditEntryEntity>();
    public DbSet<PlantYearEntity> PlantYears => Set<PlantYearEntity>();
    public DbSet<MonthlyActivityEntity> MonthlyActivity => Set<MonthlyActivityEntity>();
    public DbSet<PlantYearVersionEntity> PlantYearVersions => Set<PlantYearVersionEntity>();
    public DbSet<VerificationFindingEntity> VerificationFindings => Set<VerificationFindingEntity>();

    public DbSet<StackEntity> Stacks => Set<StackEntity>();
    public DbSet<DeviceEntity> Devices => Set<DeviceEntity>();
    public DbSet<CemsFrameEntity> CemsFrames => Set<CemsFrameEntity>();
    public DbSet<StackChannelEntity> StackChannels => Set<StackChannelEntity>();
    public DbSet<CemsMinuteEntity> CemsMinutes => Set<CemsMinuteEntity>();
    public DbSet<CemsHourEntity> CemsHours => Set<CemsHourEntity>();
    public DbSet<CemsDayEntity> CemsDays => Set<CemsDayEntity>();
    public DbSet<CemsProcessingStateEntity> CemsProcessingState => Set<CemsProcessingStateEntity>();
    public DbSet<ExceedanceExplanationEntity> ExceedanceExplanations => Set<ExceedanceExplanationEntity>();

    public DbSet<LeverLibraryVersionEntity> LeverLibraryVersions => Set<LeverLibraryVersionEntity>();
    public DbSet<RoadmapScenarioEntity> RoadmapScenarios => Set<RoadmapScenarioEntity>();
    public DbSet<RoadmapScenarioVersionEntity> RoadmapScenarioVersions => Set<RoadmapScenarioVersionEntity>();
    public DbSet<RoadmapResultEntity> RoadmapResults => Set<RoadmapResultEntity>();
    public DbSet<InvitationEntity> Invitations => Set<InvitationEntity>();
    public DbSet<AccountEventEntity> AccountEvents => Set<AccountEventEntity>();
    public DbSet<SignInRecordEntity> SignIns => Set<SignInRecordEntity>();
    public DbSet<StackLimitsRevisionEntity> StackLimitsRevisions => Set<StackLimitsRevisionEntity>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<CalcineUser>(b =>
        {
            b.ToTable("users");
            b.Property(u => u.DisplayName).HasMaxLength(200);
        });
        modelBuilder.Entity<IdentityUserClaim<string>>().ToTable("user_claims");
        modelBuilder.Entity<IdentityUserLogin<string>>().ToTable("user_logins");
        modelBuilder.Entity<IdentityUserToken<string>>().ToTable("user_tokens");
        modelBuilder.ApplyConfiguration(new AssociationConfiguration());
        modelBuilder.ApplyConfiguration(new CompanyConfiguration());
        modelBuilder.ApplyConfiguration(new PlantConfiguration());
        modelBuilder.ApplyConfiguration(new KilnConfiguration());
        modelBuilder.ApplyConfiguration(new MillConfiguration());
        modelBuilder.ApplyConfiguration(new RoleAssignmentConfiguration());
        modelBuilder.ApplyConfiguration(new ApiKeyConfiguration());
        modelBuilder.ApplyConfiguration(new AuditEntryConfiguration());
        modelBuilder.ApplyConfiguration(new PlantYearConfiguration());
        modelBuilder.ApplyConfiguration(new MonthlyActivityConfiguration());
        modelBuilder.ApplyConfiguration(new PlantYearVersionConfiguration());
        modelBuilder.ApplyConfiguration(new VerificationFindingConfiguration());
        modelBuilder.ApplyConfiguration(new StackConfiguration());
        modelBuilder.ApplyConfiguration(new DeviceConfiguration());
        var sqlite = Database.IsSqlite();
        modelBuilder.ApplyConfiguration(new CemsFrameConfiguration(sqlite));
        modelBuilder.ApplyConfiguration(new StackChannelConfiguration());
        modelBuilder.ApplyConfiguration(new CemsMinuteConfiguration(sqlite));
        modelBuilder.ApplyConfiguration(new CemsHourConfiguration(sqlite));
        modelBuilder.ApplyConfiguration(new CemsDayConfiguration());
        modelBuilder.ApplyConfiguration(new CemsProcessingStateConfiguration());
        modelBuilder.ApplyConfiguration(new ExceedanceExplanationConfiguration(sqlite));
        modelBuilder.ApplyConfiguration(new LeverLibraryVersionConfiguration());
        modelBuilder.ApplyConfiguration(new RoadmapScenarioConfiguration());
        modelBuilder.ApplyConfiguration(new RoadmapScenarioVersionConfiguration());
        modelBuilder.ApplyConfiguration(new RoadmapResultConfiguration());
        modelBuilder.ApplyConfiguration(new InvitationConfiguration());
        modelBuilder.ApplyConfiguration(new AccountEventConfiguration());
        modelBuilder.ApplyConfiguration(new SignInRecordConfiguration());
        modelBuilder.ApplyConfiguration(new StackLimitsRevisionConfiguration());
    }
}
