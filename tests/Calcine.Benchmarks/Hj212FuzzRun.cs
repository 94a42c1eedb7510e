using System.Diagnostics;
using System.Globalization;
using Calcine.TestKit.Hj212;

namespace Calcine.Benchmarks;

/// <summary>
/// The long fuzz run, a console mode rather than a unit test:
/// <c>dotnet run -c Release --project tests/Calcine.Benchmarks -- hj212-fuzz [frames=1000000] [seed]</c>.
/// Exit 0 when every invariant of <see cref="Hj212Fuzz"/> held, 1 otherwise.
/// </summary>
public static class Hj212FuzzRun
{
    public static int Run(string[] args)
    {
        int frames = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
        int seed = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : Environment.TickCount;
        var clock = Stopwatch.StartNew();
        var report = Hj212Fuzz.Run(frames, seed);
        clock.Stop();

        Console.WriteLine($"hj212 fuzz: seed {seed}, {report.Frames} frames ({report.IntactFrames} intact, {report.MutatedFrames} mutated) in {clock.Elapsed.TotalSeconds:F1} s");
        Console.WriteLine($"results: {report.Accepted} accepted ({report.MutatedAccepted} of them mutated frames whose CRC still matched), {report.Rejected} rejected");
        foreach (var (error, count) in report.RejectedBy.OrderByDescending(e => e.Value))
        {
            Console.WriteLine($"  {error,-18} {count}");
        }

        foreach (var violation in report.Violations.Take(20))
        {
            Console.WriteLine("VIOLATION " + violation);
        }

        Console.WriteLine(report.Violations.Count == 0 ? "all invariants held" : $"{report.Violations.Count} violations");
        return report.Violations.Count == 0 ? 0 : 1;
    }
}
