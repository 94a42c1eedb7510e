using System.Text.Json;
using Calcine.Storage.Audit;
using Calcine.Storage.Identity;
using Calcine.TestKit.Databases;
using Microsoft.EntityFrameworkCore;

namespace Calcine.Storage.Tests.Audit;

public sealed class AuditLogTests
{
    public static TheoryData<string> Providers() => TestDatabase.Providers();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Interceptor_PlantRenamed_WritesOneUpdateEntryWithActorReasonBeforeAndAfter(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var plant = (await AuditTamper.SeedPlantsAsync(database, 1))[0];
        var audit = new AuditContext { Actor = AuditActor.User("u-42", "Ada Editor"), Reason = "typo in the name" };

        await using (var db = CalcineDbContextFactory.Create(database.Options, audit))
        {
            var entity = await db.Plants.SingleAsync(p => p.Id == plant);
            entity.Name = "Renamed plant";
            await db.SaveChangesAsync();
        }

        await using var read = database.CreateContext();
        var entries = await read.AuditLog.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync();
        var update = Assert.Single(entries, e => e.Action == "update");
        Assert.Equal(("Plant", plant.ToString(System.Globalization.CultureInfo.InvariantCulture)), (update.EntityType, update.EntityKey));
        Assert.Equal(("user", "u-42", "Ada Editor", "typo in the name"), (update.ActorKind, update.ActorId, update.ActorName, update.Reason));
        Assert.Equal(plant, update.PlantId);
        Assert.NotNull(update.CompanyId);
        Assert.Equal("Audit plant 1", JsonDocument.Parse(update.Before!).RootElement.GetProperty("Name").GetString());
        Assert.Equal("Renamed plant", JsonDocument.Parse(update.After!).RootElement.GetProperty("Name").GetString());
        Assert.All(entries.Where(e => e.Action == "create"), e => Assert.Equal("system", e.ActorKind));
        var verification = await AuditChainVerifier.VerifyAsync(read, CancellationToken.None);
        Assert.True(verification.Intact, verification.Break?.Problem);
        Assert.Equal(entries.Count, verification.Count);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Interceptor_UserCreatedWithRole_LogsTheAssignmentButNoSecret(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var plant = (await AuditTamper.SeedPlantsAsync(database, 1))[0];
        await using (var db = database.CreateContext())
        {
            var user = new CalcineUser { UserName = "x@calcine.test", Email = "x@calcine.test", PasswordHash = "AQAAAAsecret-hash", SecurityStamp = "stamp-secret", DisplayName = "X" };
            db.Users.Add(user);
            db.RoleAssignments.Add(new RoleAssignmentEntity { UserId = user.Id, Role = PlatformRoles.PlantEditor, Scope = AssignmentScope.Plant, ScopeId = plant });
            await db.SaveChangesAsync();
            user.PasswordHash = "AQAAAAsecond-secret";
            await db.SaveChangesAsync();
        }

        await using var read = database.CreateContext();
        var entries = await read.AuditLog.AsNoTracking().ToListAsync();
        var grant = Assert.Single(entries, e => e.EntityType == "RoleAssignment");
        Assert.Equal((plant, "create"), (grant.PlantId!.Value, grant.Action));
        Assert.NotNull(grant.CompanyId);
        Assert.DoesNotContain(entries, e => $"{e.Before}{e.After}".Contains("secret", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task AuditLog_UpdateOrDeleteBySql_IsRejected(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await AuditTamper.SeedPlantsAsync(database, 1);
        await using var db = database.CreateContext();

        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("""UPDATE audit_log SET "Reason" = 'rewritten'"""));
        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM audit_log"));
        Assert.Equal(3, await db.AuditLog.CountAsync(e => e.Reason == null)); // association, company, plant
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Interceptor_FailedSave_WritesNoEntry(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var plant = (await AuditTamper.SeedPlantsAsync(database, 1))[0];
        await using (var db = database.CreateContext())
        {
            var entity = await db.Plants.SingleAsync(p => p.Id == plant);
            db.Entry(entity).Property(p => p.Version).OriginalValue = 99;
            entity.Name = "stale edit";
            await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db.SaveChangesAsync());
        }

        await using var read = database.CreateContext();
        Assert.DoesNotContain(await read.AuditLog.AsNoTracking().ToListAsync(), e => e.Action == "update");
    }

    /// <summary>Writers that race for the tail: each must append after the other, never beside it.</summary>
    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Interceptor_ConcurrentWriters_KeepTheChainLinear(string provider)
    {
        const int writers = 6, edits = 8;
        await using var database = await TestDatabase.CreateAsync(provider);
        var plants = await AuditTamper.SeedPlantsAsync(database, writers);

        await Task.WhenAll(plants.Select(plant => Task.Run(async () =>
        {
            for (var i = 0; i < edits; i++)
            {
                await using var db = CalcineDbContextFactory.Create(database.Options, new AuditContext { Reason = $"edit {i}" });
                var entity = await db.Plants.SingleAsync(p => p.Id == plant);
                entity.Name = $"plant {plant} edit {i}";
                await db.SaveChangesAsync();
            }
        })));

        await using var read = database.CreateContext();
        var sequences = await read.AuditLog.AsNoTracking().OrderBy(e => e.Sequence).Select(e => e.Sequence).ToListAsync();
        // The seed writes the association and the company, then one entry per plant.
        Assert.Equal(Enumerable.Range(1, 2 + writers + (writers * edits)).Select(i => (long)i), sequences);
        var verification = await AuditChainVerifier.VerifyAsync(read, CancellationToken.None);
        Assert.True(verification.Intact, verification.Break?.Problem);
    }
}
