using Calcine.Domain.Cems.Limits;

namespace Calcine.Domain.Cems.Eu;

/// <summary>IED Annex VI for a cement kiln co-incinerating waste: half-hourly averages within operating
/// time, validated by subtracting the confidence interval (Part 8 point 1.2 with Part 6 point 1.3),
/// daily averages of the validated half-hours against the daily ELVs (Part 4 point 2), at most
/// <see cref="MaxDiscardedHalfHoursPerDay"/> discarded half-hours per day and
/// <see cref="MaxDiscardedDaysPerYear"/> discarded days per year (Part 8 point 1).</summary>
public sealed record EuIedRules
{
    public EuIedRules(LimitSet dailyLimits, IReadOnlyDictionary<Pollutant, double> confidenceIntervalFractions, AggregationRules halfHour, int maxDiscardedHalfHoursPerDay, int maxDiscardedDaysPerYear)
    {
        if (dailyLimits.Averaging != Averaging.Day)
        {
            throw new ArgumentException("IED Annex VI limits for continuously measured pollutants are daily averages.", nameof(dailyLimits));
        }

        if (halfHour.PeriodMinutes != 30)
        {
            throw new ArgumentException("Annex VI validates half-hourly averages.", nameof(halfHour));
        }

        foreach (var (pollutant, fraction) in confidenceIntervalFractions)
        {
            if (!(fraction >= 0 && fraction < 1))
            {
                throw new ArgumentOutOfRangeException(nameof(confidenceIntervalFractions), fraction, $"The {pollutant.Key()} confidence interval is a fraction of the ELV in [0, 1).");
            }
        }

        DailyLimits = dailyLimits;
        ConfidenceIntervalFractions = confidenceIntervalFractions;
        HalfHour = halfHour;
        MaxDiscardedHalfHoursPerDay = maxDiscardedHalfHoursPerDay;
        MaxDiscardedDaysPerYear = maxDiscardedDaysPerYear;
    }

    public LimitSet DailyLimits { get; }

    /// <summary>95 % confidence interval as a fraction of the daily ELV (Annex VI Part 6 point 1.3):
    /// dust 30 %, SO2 20 %, NO2 20 %. A member state that subtracts the QAL2-determined uncertainty
    /// passes its own, smaller fractions.</summary>
    public IReadOnlyDictionary<Pollutant, double> ConfidenceIntervalFractions { get; }
    public AggregationRules HalfHour { get; }
    public int MaxDiscardedHalfHoursPerDay { get; }
    public int MaxDiscardedDaysPerYear { get; }

    public static EuIedRules CementKilnCoIncineration { get; } = new(
        LimitCatalog.EuIedCementKiln,
        new Dictionary<Pollutant, double> { [Pollutant.Pm] = 0.30, [Pollutant.So2] = 0.20, [Pollutant.Nox] = 0.20 },
        AggregationRules.HalfHourly,
        5,
        10);

    /// <summary>The absolute confidence interval in mg/m3: fraction × ELV.</summary>
    public double ConfidenceInterval(Pollutant pollutant, double limit) =>
        ConfidenceIntervalFractions.TryGetValue(pollutant, out var f) ? f * limit : 0;
}
