using Calcine.Application.Cems.Compliance;
using Calcine.Domain.Cems;
using Calcine.Domain.Cems.Processing;
using Calcine.Storage.Cems;
using Calcine.TestKit.Databases;

namespace Calcine.Storage.Tests.Compliance;

/// <summary>What only stored data has: a flag per channel, data arriving late, settings on the stack.</summary>
public class StoredComplianceBehaviourTests
{
    private static readonly DateTime DayUtc = new(2025, 6, 9, 16, 0, 0, DateTimeKind.Utc);

    public static TheoryData<string> Providers() => TestDatabase.Providers();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task EvaluateStored_NoxCalibratingAllHour_KeepsPmHourValid(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var stackId = await StoredMinutes.CreateStackAsync(db);
        await StoredMinutes.StoreAsync(db, Enumerable.Range(0, 60).Select(m => StoredMinutes.Row(stackId, DayUtc.AddMinutes(m),
            new(MinuteChannel.O2, DataFlag.N, 10), new(MinuteChannel.Pm, DataFlag.N, 5), new(MinuteChannel.Nox, DataFlag.C, 0))));

        await using var context = db.CreateContext();
        var service = new StackComplianceService(context);
        var stack = (await service.FindAsync(stackId, CancellationToken.None))!;
        var month = (await service.MonthAsync(stack, 2025, 6, CancellationToken.None)).Value.Months.Single();
        var quality = (await service.QualityAsync(stack, DayUtc, DayUtc.AddDays(1), CancellationToken.None))!;

        var pm = month.Pollutants.Single(p => p.Pollutant == Pollutant.Pm);
        var nox = month.Pollutants.Single(p => p.Pollutant == Pollutant.Nox);
        Assert.Equal((1, 0), (pm.ValidHours, pm.InvalidHours));
        Assert.Equal((0, 1), (nox.ValidHours, nox.InvalidHours));
        // As one record per minute (the quality view), the calibration makes every minute C.
        Assert.Equal(0, quality.Days.Single().ValidHours);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Events_QueryStartsInsideAnEvent_ReportsTheEventsTrueStart(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var stackId = await StoredMinutes.CreateStackAsync(db);
        // SO2 above the ULE target (35) from local 20:00 on day 1 to 04:00 on day 3: 32 hours.
        var eventStart = DayUtc.AddHours(20);
        await StoredMinutes.StoreAsync(db, Enumerable.Range(0, 3 * 1440).Select(m =>
        {
            var t = DayUtc.AddMinutes(m);
            var high = t >= eventStart && t < eventStart.AddHours(32);
            return StoredMinutes.Row(stackId, t, new(MinuteChannel.O2, DataFlag.N, 10), new(MinuteChannel.So2, DataFlag.N, high ? 50 : 10));
        }));

        await using var context = db.CreateContext();
        var service = new StackComplianceService(context);
        var stack = (await service.FindAsync(stackId, CancellationToken.None))!;
        var fromDay3 = await service.EventsAsync(stack, DayUtc.AddDays(2), DayUtc.AddDays(3), CancellationToken.None);

        var e = Assert.Single(fromDay3.Value);
        Assert.Equal(eventStart, e.Start.UtcDateTime);
        Assert.Equal(TimeSpan.FromHours(32), e.Duration);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Events_LateDataArrives_EventsAreDerivedAgainOnRead(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var stackId = await StoredMinutes.CreateStackAsync(db);
        Func<int, double, CemsMinuteEntity> minute = (m, so2) =>
            StoredMinutes.Row(stackId, DayUtc.AddMinutes(m), new(MinuteChannel.O2, DataFlag.N, 10), new(MinuteChannel.So2, DataFlag.N, so2));
        await StoredMinutes.StoreAsync(db, Enumerable.Range(0, 120).Select(m => minute(m, m < 60 ? 10 : 50)));

        await using var context = db.CreateContext();
        var service = new StackComplianceService(context);
        var stack = (await service.FindAsync(stackId, CancellationToken.None))!;
        var before = (await service.EventsAsync(stack, DayUtc, DayUtc.AddDays(1), CancellationToken.None)).Value;
        await StoredMinutes.StoreAsync(db, Enumerable.Range(120, 60).Select(m => minute(m, 50)));
        var after = (await service.EventsAsync(stack, DayUtc, DayUtc.AddDays(1), CancellationToken.None)).Value;

        Assert.Equal(TimeSpan.FromHours(1), Assert.Single(before).Duration);
        Assert.Equal(TimeSpan.FromHours(2), Assert.Single(after).Duration);
        Assert.Equal(before[0].Start, after[0].Start);
    }

    [Fact]
    public void Resolve_PermitLimitsForAnotherSource_IsRefusedNamingLimits()
    {
        var permit = """
            { "id": "permit-head", "title": "Kiln head permit", "source": "kiln-head", "referenceO2Percent": null,
              "versions": [ { "effectiveFrom": "2024-01-01", "source": "Permit", "confidence": "V-prim", "limits": { "pm": 10 } } ] }
            """;

        var resolved = new StackComplianceSettings("cn-ule-2024-kiln", null, permit).Resolve();

        Assert.False(resolved.Success);
        Assert.Equal("limits", resolved.Errors[0].Path);
        Assert.Contains("kiln-head", resolved.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_PermitLimitsForTheKilnTail_ReplaceGb4915()
    {
        var permit = """
            { "id": "permit-k1", "title": "Kiln 1 tail permit", "source": "kiln-tail", "referenceO2Percent": 10,
              "versions": [ { "effectiveFrom": "2024-01-01", "source": "Permit", "confidence": "V-prim", "limits": { "so2": 100 } } ] }
            """;

        var resolved = new StackComplianceSettings("cn-ule-2024-kiln", null, permit).Resolve();

        Assert.Equal("permit-k1", resolved.Value.Standard.Id);
        Assert.Equal("cn-ule-2024-kiln", resolved.Value.Ule.Id);
    }

    [Theory]
    [InlineData(null, "rules")]
    [InlineData("cn-ule-2099", "rules")]
    [InlineData("eu-ied-annex-vi-cement", "rules")]
    public void Resolve_RulesMissingUnknownOrDaily_IsRefusedNamingRules(string? rules, string path)
    {
        var resolved = new StackComplianceSettings(rules, null, null).Resolve();

        Assert.Equal(path, Assert.Single(resolved.Errors).Path);
    }

    [Fact]
    public void Resolve_MalformedLimitsDocument_NamesTheJsonPath()
    {
        var resolved = new StackComplianceSettings("cn-ule-2024-kiln", null, """{ "id": "x" }""").Resolve();

        Assert.StartsWith("limits: $", resolved.Errors[0].Path, StringComparison.Ordinal);
    }
}
