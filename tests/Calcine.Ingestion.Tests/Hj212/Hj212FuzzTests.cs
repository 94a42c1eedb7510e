using Calcine.TestKit.Hj212;

namespace Calcine.Ingestion.Tests.Hj212;

/// <summary>Seeded fuzzing, 50,000 frames per run (the 1,000,000-frame run is a console mode of
/// tests/Calcine.Benchmarks). See <see cref="Hj212Fuzz"/> for the mutations and the invariants.</summary>
public class Hj212FuzzTests
{
    [Fact]
    public void Fuzz_50000MutatedAndIntactFrames_EveryFrameAccountedForAndNothingThrows()
    {
        var report = Hj212Fuzz.Run(frames: 50_000, seed: 20250315);

        Assert.True(report.Violations.Count == 0, string.Join("\n", report.Violations.Take(5)));
        Assert.Equal(50_000, report.IntactFrames + report.MutatedFrames);
        Assert.InRange(report.MutatedFrames, 20_000, 30_000);

        // Every intact frame is accepted; every result is either accepted or rejected; mutated frames
        // produce rejections of several kinds (the mutations reach every framing rule).
        Assert.True(report.Accepted >= report.IntactFrames);
        Assert.Equal(report.Rejected, report.RejectedBy.Values.Sum());
        Assert.True(report.Rejected >= report.MutatedFrames - report.MutatedAccepted);
        foreach (var error in new[] { "crc-mismatch", "bad-length", "missing-trailer", "truncated", "too-long" })
        {
            Assert.True(report.RejectedBy.GetValueOrDefault(error) > 0, $"no '{error}' in {string.Join(", ", report.RejectedBy)}");
        }
    }
}
