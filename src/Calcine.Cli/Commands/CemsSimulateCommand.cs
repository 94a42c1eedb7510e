using System.CommandLine;
using System.Globalization;
using Calcine.Application.Cems.Simulation;

namespace Calcine.Cli.Commands;

/// <summary><c>cems simulate --devices N --rate R --duration S --target HOST:PORT --password PW</c>:
/// an analyser fleet over real TCP; prints what was answered and the answer latency percentiles.</summary>
public static class CemsSimulateCommand
{
    public static Command Build(CliConsole console)
    {
        var devices = new Option<int>("--devices") { Description = "number of simulated data loggers", DefaultValueFactory = _ => 10 };
        var first = new Option<int>("--first-device") { Description = "index of the first device (MN numbering of the demo devices)", DefaultValueFactory = _ => 1 };
        var rate = new Option<double>("--rate") { Description = "packets per second per device", DefaultValueFactory = _ => 1 };
        var duration = new Option<double>("--duration") { Description = "seconds to send", DefaultValueFactory = _ => 10 };
        var target = new Option<string>("--target") { Description = "HOST:PORT of the HJ 212 listener", Required = true };
        var password = new Option<string>("--password") { Description = "the devices' access password (PW)", Required = true };
        var timeout = new Option<double>("--answer-timeout") { Description = "seconds to wait for a 9014 answer before resending", DefaultValueFactory = _ => 10 };
        var start = new Option<string?>("--first-data-time") { Description = "DataTime of each device's first packet, yyyyMMddHHmmss on the stack's clock (default: now on that clock)" };
        var clockOption = new Option<string>("--clock")
        {
            Description = "the stack's clock, a UTC offset (+08:00) or a time-zone id (Asia/Shanghai); the demo stacks keep China Standard Time",
            DefaultValueFactory = _ => SimulationClock.Default,
        };
        var ackLog = new Option<string?>("--ack-log") { Description = "append every answered packet as MN,DataTime to this file" };
        var command = new Command("simulate", "Run a fleet of simulated kiln analysers against an HJ 212 listener")
        {
            devices, first, rate, duration, target, password, timeout, start, clockOption, ackLog,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!TryParseTarget(parse.GetValue(target)!, out var host, out var port))
            {
                return console.Fail(["--target: expected HOST:PORT, e.g. 127.0.0.1:9212"]);
            }

            if (!SimulationClock.TryParse(parse.GetValue(clockOption)!, out var clock))
            {
                return console.Fail([$"--clock: '{parse.GetValue(clockOption)}' is neither a UTC offset (+08:00) nor a known time-zone id (Asia/Shanghai)"]);
            }

            // Now on the stack's clock by default, so the packets are the stack page's last packet.
            var firstTime = clock.LocalNow(DateTimeOffset.UtcNow);
            if (parse.GetValue(start) is { } given && !DateTime.TryParseExact(given, "yyyyMMddHHmmss", CultureInfo.InvariantCulture, DateTimeStyles.None, out firstTime))
            {
                return console.Fail(["--first-data-time: expected yyyyMMddHHmmss"]);
            }

            if (parse.GetValue(devices) is < 1 or > 100_000 || parse.GetValue(rate) is <= 0 or > 1000 || parse.GetValue(duration) is <= 0 or > 86_400)
            {
                return console.Fail(["--devices must be 1..100000, --rate 0..1000 per second, --duration 0..86400 seconds"]);
            }

            var fleet = new AnalyserFleet(new SimulationOptions
            {
                Host = host,
                Port = port,
                Password = parse.GetValue(password)!,
                Devices = parse.GetValue(devices),
                FirstDevice = parse.GetValue(first),
                FramesPerSecondPerDevice = parse.GetValue(rate),
                Duration = TimeSpan.FromSeconds(parse.GetValue(duration)),
                AnswerTimeout = TimeSpan.FromSeconds(parse.GetValue(timeout)),
                FirstDataTime = firstTime,
                AckLogPath = parse.GetValue(ackLog),
            });
            var r = await fleet.RunAsync(cancellationToken);
            console.WriteText(string.Create(CultureInfo.InvariantCulture,
                $"devices {r.Devices}, sent {r.Sent}, acknowledged {r.Acknowledged}, resent {r.Resent}, unacknowledged {r.Unacknowledged}, connect failures {r.ConnectFailures}\n" +
                $"elapsed {r.Elapsed.TotalSeconds:F1} s, acknowledged readings/s {r.AcknowledgedReadingsPerSecond:F0}\n" +
                $"answer latency ms: p50 {r.LatencyP50Ms:F1}, p95 {r.LatencyP95Ms:F1}, p99 {r.LatencyP99Ms:F1}, max {r.LatencyMaxMs:F1}\n"));
            return r.Unacknowledged == 0 && r.ConnectFailures == 0 ? 0 : 3;
        });
        return command;
    }

    public static bool TryParseTarget(string target, out string host, out int port)
    {
        host = "";
        port = 0;
        var colon = target.LastIndexOf(':');
        if (colon <= 0 || !int.TryParse(target.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out port) || port is < 1 or > 65535)
        {
            return false;
        }

        host = target[..colon];
        return true;
    }
}
