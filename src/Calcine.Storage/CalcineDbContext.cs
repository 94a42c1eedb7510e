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

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new StackConfiguration());
        modelBuilder.ApplyConfiguration(new DeviceConfiguration());
        modelBuilder.ApplyConfiguration(new CemsFrameConfiguration(Database.IsSqlite()));
    }
}
