using Calcine.Storage.Cems;
using Calcine.Storage.Configurations;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Storage;

/// <summary>The platform's database. One model, two providers, each with its own migrations assembly.</summary>
public sealed class CalcineDbContext(DbContextOptions<CalcineDbContext> options) : DbContext(options)
{
    public DbSet<StackEntity> Stacks => Set<StackEntity>();
    public DbSet<DeviceEntity> Devices => Set<DeviceEntity>();
    public DbSet<CemsFrameEntity> CemsFrames => Set<CemsFrameEntity>();
    public DbSet<StackChannelEntity> StackChannels => Set<StackChannelEntity>();
    public DbSet<CemsMinuteEntity> CemsMinutes => Set<CemsMinuteEntity>();
    public DbSet<CemsHourEntity> CemsHours => Set<CemsHourEntity>();
    public DbSet<CemsDayEntity> CemsDays => Set<CemsDayEntity>();
    public DbSet<CemsProcessingStateEntity> CemsProcessingState => Set<CemsProcessingStateEntity>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new StackConfiguration());
        modelBuilder.ApplyConfiguration(new DeviceConfiguration());
        var sqlite = Database.IsSqlite();
        modelBuilder.ApplyConfiguration(new CemsFrameConfiguration(sqlite));
        modelBuilder.ApplyConfiguration(new StackChannelConfiguration());
        modelBuilder.ApplyConfiguration(new CemsMinuteConfiguration(sqlite));
        modelBuilder.ApplyConfiguration(new CemsHourConfiguration(sqlite));
        modelBuilder.ApplyConfiguration(new CemsDayConfiguration());
        modelBuilder.ApplyConfiguration(new CemsProcessingStateConfiguration());
    }
}
