using Calcine.Domain.Results;

namespace Calcine.Domain.Cems;

/// <summary>Appends minute records one at a time (a reader streams them in) and refuses any record
/// that would make the series ambiguous. Each refusal is a <see cref="ValidationError"/> whose path
/// is the record's field: <c>timestamp</c>, <c>o2</c>, <c>moisture</c> or a pollutant key
/// (<c>pm</c>, …), so a reader can name its own column and line.</summary>
public sealed class MinuteSeriesBuilder
{
    public const string TimestampField = "timestamp";
    public const string O2Field = "o2";
    public const string MoistureField = "moisture";

    /// <summary>A bound no stack gas reaches (pure SO2 is about 2.9e6 mg/m3); larger values are
    /// garbage, and refusing them keeps every average finite.</summary>
    public const double MaxConcentration = 1e7;

    private readonly ChannelConfig[] channels;
    private readonly MeasurementBasis o2Basis;
    private readonly bool anyCorrection;
    private readonly bool needsMoisture;
    private DateTimeOffset[] timestamps;
    private DataFlag[] flags;
    private double[] o2;
    private readonly double[][] values;

    public MinuteSeriesBuilder(IReadOnlyList<ChannelConfig> channels, MeasurementBasis o2Basis = MeasurementBasis.Dry, int initialCapacity = 4096)
    {
        if (channels.Count == 0)
        {
            throw new ArgumentException("A series needs at least one channel.", nameof(channels));
        }

        if (channels.Select(c => c.Pollutant).Distinct().Count() != channels.Count)
        {
            throw new ArgumentException("Each pollutant may have one channel only.", nameof(channels));
        }

        this.channels = [.. channels];
        this.o2Basis = o2Basis;
        anyCorrection = channels.Any(c => c.AppliesO2Correction);
        needsMoisture = o2Basis == MeasurementBasis.Wet || channels.Any(c => c.Basis == MeasurementBasis.Wet);
        var capacity = Math.Max(16, initialCapacity);
        timestamps = new DateTimeOffset[capacity];
        flags = new DataFlag[capacity];
        o2 = new double[capacity];
        values = new double[channels.Count][];
        for (var c = 0; c < values.Length; c++)
        {
            values[c] = new double[capacity];
        }
    }

    public int Count { get; private set; }
    public IReadOnlyList<ChannelConfig> Channels => channels;

    /// <summary>Adds one record, or returns why not (the series is then unchanged).
    /// <paramref name="concentrations"/> follow the channel order, in each channel's unit and basis;
    /// <paramref name="moistureFraction"/> is needed only when a channel or O2 is measured wet.</summary>
    public ValidationError? TryAdd(DateTimeOffset timestamp, double o2Percent, ReadOnlySpan<double> concentrations, DataFlag flag, double? moistureFraction = null)
    {
        if (concentrations.Length != channels.Length)
        {
            throw new ArgumentException($"Expected {channels.Length} concentrations, got {concentrations.Length}.", nameof(concentrations));
        }

        if (CheckOrder(timestamp) is { } orderError)
        {
            return orderError;
        }

        double moisture = 0;
        if (needsMoisture)
        {
            if (moistureFraction is not { } m || !double.IsFinite(m) || m < 0 || m >= 1)
            {
                return new ValidationError(MoistureField, "a wet-basis channel needs the flue-gas moisture as a fraction in [0, 1)");
            }

            moisture = m;
        }

        if (!double.IsFinite(o2Percent) || o2Percent < 0 || o2Percent > 100)
        {
            return new ValidationError(O2Field, $"O2 {Show(o2Percent)} % is not a percentage between 0 and 100");
        }

        var o2Dry = o2Basis == MeasurementBasis.Wet ? ConcentrationConversion.WetToDry(o2Percent, moisture) : o2Percent;
        if (anyCorrection && flag.IsValid() && o2Dry >= ConcentrationConversion.AirO2Percent)
        {
            // (21 − O2) would be zero or negative: the correction has no meaning. A minute at air O2
            // belongs to a stop and should be flagged F, not N or T.
            return new ValidationError(O2Field, $"dry O2 {Show(o2Dry)} % is not below 21 %, so a minute flagged {flag.Code()} cannot be corrected to reference O2 (flag stops F)");
        }

        Span<double> dry = stackalloc double[channels.Length];
        for (var c = 0; c < channels.Length; c++)
        {
            var v = concentrations[c];
            if (!double.IsFinite(v) || Math.Abs(v) > MaxConcentration)
            {
                return new ValidationError(channels[c].Pollutant.Key(), $"{Show(v)} is not a concentration (finite, at most {MaxConcentration:0} in magnitude)");
            }

            var channel = channels[c];
            if (channel.Unit == ConcentrationUnit.Ppm)
            {
                v = ConcentrationConversion.PpmToMgPerM3(v, channel.Pollutant.MolarMass()!.Value);
            }

            dry[c] = channel.Basis == MeasurementBasis.Wet ? ConcentrationConversion.WetToDry(v, moisture) : v;
        }

        EnsureCapacity();
        var i = Count;
        timestamps[i] = timestamp;
        flags[i] = flag;
        o2[i] = o2Dry;
        for (var c = 0; c < channels.Length; c++)
        {
            values[c][i] = dry[c];
        }

        Count = i + 1;
        return null;
    }

    /// <summary>The series so far. The builder must not be used afterwards.</summary>
    public MinuteSeries Build() => new(channels, timestamps, flags, o2, values, Count);

    private ValidationError? CheckOrder(DateTimeOffset t)
    {
        if (Count == 0)
        {
            return null;
        }

        var previous = timestamps[Count - 1];
        if (t.UtcTicks < previous.UtcTicks)
        {
            return new ValidationError(TimestampField, $"time goes backwards: {Iso(t)} is earlier than the previous record's {Iso(previous)}");
        }

        if (t.UtcTicks == previous.UtcTicks)
        {
            return new ValidationError(TimestampField, $"duplicate timestamp: {Iso(t)} is the same instant as the previous record's {Iso(previous)}");
        }

        if (t.UtcTicks / TimeSpan.TicksPerMinute == previous.UtcTicks / TimeSpan.TicksPerMinute)
        {
            // Counting two records of one minute would inflate the 45-valid-minutes rule.
            return new ValidationError(TimestampField, $"second record in one minute: {Iso(t)} and the previous record's {Iso(previous)}");
        }

        if (t.Offset != previous.Offset && HourStartUtcTicks(t) <= HourStartUtcTicks(previous))
        {
            // Hours are clock hours in each timestamp's own offset; a change inside an hour would
            // make that hour ambiguous.
            return new ValidationError(TimestampField, $"the UTC offset changes inside an hour ({Iso(previous)} then {Iso(t)}); offsets may change only at hour boundaries");
        }

        return null;
    }

    private static long HourStartUtcTicks(DateTimeOffset t) => (t.Ticks - (t.Ticks % TimeSpan.TicksPerHour)) - t.Offset.Ticks;

    private void EnsureCapacity()
    {
        if (Count < timestamps.Length)
        {
            return;
        }

        var capacity = timestamps.Length * 2;
        Array.Resize(ref timestamps, capacity);
        Array.Resize(ref flags, capacity);
        Array.Resize(ref o2, capacity);
        for (var c = 0; c < values.Length; c++)
        {
            Array.Resize(ref values[c], capacity);
        }
    }

    private static string Iso(DateTimeOffset t) => CemsTime.Format(t);

    private static string Show(double v) => v.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
}
