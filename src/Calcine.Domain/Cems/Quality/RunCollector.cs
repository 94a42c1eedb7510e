namespace Calcine.Domain.Cems.Quality;

/// <summary>Turns a per-record condition into runs of consecutive records: each record is offered in
/// order with whether it matches; a run ends at the first record that does not. Runs of at least
/// <paramref name="minimumRecords"/> become findings and mark their records anomalous.</summary>
internal sealed class RunCollector(string channel, AnomalyKind kind, int minimumRecords, string rule, Func<double, double, double> pick,
    List<AnomalyFinding> findings, bool[] anomalous, ReadOnlySpanGetter timestamps)
{
    private int start = -1;
    private int last = -1;
    private double value;

    public void Offer(int index, bool matches, double v)
    {
        if (!matches)
        {
            Close();
            return;
        }

        if (start < 0)
        {
            start = index;
            value = v;
        }
        else
        {
            value = pick(value, v);
        }

        last = index;
    }

    public void Close()
    {
        if (start < 0)
        {
            return;
        }

        var records = last - start + 1;
        if (records >= minimumRecords)
        {
            var times = timestamps();
            findings.Add(new AnomalyFinding(channel, times[start], times[last], kind, double.IsNaN(value) ? null : value, records, rule));
            Array.Fill(anomalous, true, start, records);
        }

        start = last = -1;
    }
}

/// <summary>Gives the series' timestamps when a run closes (spans cannot be captured).</summary>
internal delegate ReadOnlySpan<DateTimeOffset> ReadOnlySpanGetter();
