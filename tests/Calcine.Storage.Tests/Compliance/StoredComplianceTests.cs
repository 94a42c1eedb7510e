using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Calcine.Application.Cems;
using Calcine.Application.Cems.Compliance;
using Calcine.Application.Cems.Quality;
using Calcine.Domain.Cems;
using Calcine.TestKit;
using Calcine.TestKit.Databases;

namespace Calcine.Storage.Tests.Compliance;

/// <summary>The stored path against the CSV path: the same minutes, stored as cems_minutes rows,
/// must give what <c>cems evaluate</c> and <c>cems quality</c> give on the CSV.</summary>
public class StoredComplianceTests
{
    private static readonly DateTimeOffset Start = new(2025, 3, 27, 0, 0, 0, TimeSpan.FromHours(8));

    private static readonly JsonSerializerOptions Json = new()
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter() },
    };

    public static TheoryData<string> Providers() => TestDatabase.Providers();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task EvaluateStored_SameMinutesAsTheCsv_GivesTheSameMonthsAndEventsAsCemsEvaluate(string provider)
    {
        var csv = SyntheticMinuteCsv.Generate(Start, days: 9, seed: 7);
        var viaCsv = CemsEvaluation.Run(Stream(csv), "cn-ule-2024-kiln", null).Value.Ule!;
        await using var db = await TestDatabase.CreateAsync(provider);
        var stackId = await StoredMinutes.CreateStackAsync(db);
        await StoredMinutes.StoreAsync(db, stackId, ReadCsv(csv));

        await using var context = db.CreateContext();
        var service = new StackComplianceService(context);
        var stack = (await service.FindAsync(stackId, CancellationToken.None))!;
        var (ule, standard) = stack.Settings.Resolve().Value;
        var minutes = await service.ReadMinutesAsync(stackId, Start.UtcDateTime, Start.AddDays(9).UtcDateTime, CancellationToken.None);
        var stored = StoredEvaluation.EvaluateUle(minutes, stack.UtcOffset, ule, standard).Value;

        // The data must exercise what is compared: two months, both kinds of event.
        Assert.Equal(2, viaCsv.Months.Count);
        Assert.Contains(viaCsv.Events, e => e.Against == LimitKind.Standard && e.Pollutant == Pollutant.Nox);
        Assert.Contains(viaCsv.Events, e => e.Against == LimitKind.Target && e.Pollutant == Pollutant.So2);
        Assert.Equal(viaCsv.Pollutants, stored.Pollutants);
        Assert.Equal(JsonSerializer.Serialize(viaCsv.Months, Json), JsonSerializer.Serialize(stored.Months, Json));
        Assert.Equal(JsonSerializer.Serialize(viaCsv.Events, Json), JsonSerializer.Serialize(stored.Events, Json));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task EvaluateStored_AnotherPollutantFlaggedDifferently_EvaluatesEachAloneWithTheSameResultForTheCsvPollutants(string provider)
    {
        var csv = SyntheticMinuteCsv.Generate(Start, days: 9, seed: 5);
        var viaCsv = CemsEvaluation.Run(Stream(csv), "cn-ule-2024-kiln", null).Value.Ule!;
        await using var db = await TestDatabase.CreateAsync(provider);
        var stackId = await StoredMinutes.CreateStackAsync(db);
        // NH3 under calibration all along: the minutes are no longer flagged alike, so each pollutant is its own series.
        await StoredMinutes.StoreAsync(db, stackId, ReadCsv(csv), new Storage.Cems.MinuteReading(Domain.Cems.Processing.MinuteChannel.Nh3, DataFlag.C, 0));

        await using var context = db.CreateContext();
        var service = new StackComplianceService(context);
        var stack = (await service.FindAsync(stackId, CancellationToken.None))!;
        var (ule, standard) = stack.Settings.Resolve().Value;
        var minutes = await service.ReadMinutesAsync(stackId, Start.UtcDateTime, Start.AddDays(9).UtcDateTime, CancellationToken.None);
        var stored = StoredEvaluation.EvaluateUle(minutes, stack.UtcOffset, ule, standard).Value;

        Assert.Equal([Pollutant.Pm, Pollutant.So2, Pollutant.Nox, Pollutant.Nh3], stored.Pollutants);
        Assert.All(stored.Months.SelectMany(m => m.Pollutants).Where(p => p.Pollutant == Pollutant.Nh3), p => Assert.Equal(0, p.ValidHours));
        var withoutNh3 = stored.Months.Select(m => m with { Pollutants = [.. m.Pollutants.Where(p => p.Pollutant != Pollutant.Nh3)] });
        Assert.Equal(JsonSerializer.Serialize(viaCsv.Months, Json), JsonSerializer.Serialize(withoutNh3, Json));
        Assert.Equal(JsonSerializer.Serialize(viaCsv.Events, Json), JsonSerializer.Serialize(stored.Events, Json));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task QualityStored_SameMinutesAsTheCsv_GivesTheSameRatesAndFindingsAsCemsQuality(string provider)
    {
        var csv = SyntheticMinuteCsv.Generate(Start, days: 9, seed: 11);
        var viaCsv = CemsQuality.Run(Stream(csv), null, QualityConfig.Default, includeHours: false).Value.Report;
        await using var db = await TestDatabase.CreateAsync(provider);
        var stackId = await StoredMinutes.CreateStackAsync(db);
        await StoredMinutes.StoreAsync(db, stackId, ReadCsv(csv));

        await using var context = db.CreateContext();
        var service = new StackComplianceService(context);
        var stack = (await service.FindAsync(stackId, CancellationToken.None))!;
        var stored = (await service.QualityAsync(stack, Start.UtcDateTime, Start.AddDays(9).UtcDateTime, CancellationToken.None))!;

        var kinds = viaCsv.Findings.Select(f => f.Kind).Distinct().ToList();
        Assert.Contains(Domain.Cems.Quality.AnomalyKind.Gap, kinds);
        Assert.Contains(Domain.Cems.Quality.AnomalyKind.Stuck, kinds);
        Assert.Contains(viaCsv.Days, d => d.TransmissionRate < 1);
        Assert.Equal(JsonSerializer.Serialize(viaCsv.Days, Json), JsonSerializer.Serialize(stored.Days, Json));
        Assert.Equal(JsonSerializer.Serialize(viaCsv.Quarters, Json), JsonSerializer.Serialize(stored.Quarters, Json));
        Assert.Equal(JsonSerializer.Serialize(viaCsv.Findings, Json), JsonSerializer.Serialize(stored.Findings, Json));
        Assert.Equal(JsonSerializer.Serialize(viaCsv.ConvertedHours, Json), JsonSerializer.Serialize(stored.ConvertedHours, Json));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task EvaluateStored_WorkedExampleCsv_GivesTheSameMonthsAsCemsEvaluate(string provider)
    {
        var csv = Examples.Read("kiln-tail-3-days.csv");
        var viaCsv = CemsEvaluation.Run(Stream(csv), "cn-ule-2024-kiln", null).Value.Ule!;
        await using var db = await TestDatabase.CreateAsync(provider);
        var stackId = await StoredMinutes.CreateStackAsync(db);
        var series = ReadCsv(csv);
        await StoredMinutes.StoreAsync(db, stackId, series);

        await using var context = db.CreateContext();
        var service = new StackComplianceService(context);
        var stack = (await service.FindAsync(stackId, CancellationToken.None))!;
        var stored = (await service.MonthAsync(stack, 2025, 3, CancellationToken.None)).Value;

        Assert.Equal(JsonSerializer.Serialize(viaCsv.Months, Json), JsonSerializer.Serialize(stored.Months, Json));
    }

    private static MinuteSeries ReadCsv(string csv) => MinuteCsvReader.Read(Stream(csv), 10).Value.Series;

    private static MemoryStream Stream(string text) => new(Encoding.UTF8.GetBytes(text));
}
