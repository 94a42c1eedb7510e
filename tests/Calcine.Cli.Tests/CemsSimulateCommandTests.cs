using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using Calcine.Application.Cems.Simulation;

namespace Calcine.Cli.Tests;

/// <summary><c>cems simulate</c> against a real socket: without --first-data-time the first
/// packet's DataTime is now on the stack's clock, so the packets are the stack page's last packet.</summary>
public partial class CemsSimulateCommandTests
{
    [Theory]
    [InlineData(null, 8)]
    [InlineData("+08:00", 8)]
    [InlineData("Asia/Shanghai", 8)]
    [InlineData("Asia/Baku", 4)]
    [InlineData("+05:30", 5.5)]
    public async Task Simulate_NoFirstDataTime_FirstPacketIsNowOnTheStacksClock(string? clock, double offsetHours)
    {
        var before = DateTime.UtcNow.AddHours(offsetHours);
        var dataTime = await FirstDataTimeAsync(clock is null ? [] : ["--clock", clock]);
        var after = DateTime.UtcNow.AddHours(offsetHours);

        Assert.InRange(dataTime, before.AddSeconds(-1), after);
    }

    [Fact]
    public async Task Simulate_GivenFirstDataTime_IsSentAsGiven()
    {
        var dataTime = await FirstDataTimeAsync(["--first-data-time", "20250315093015", "--clock", "Asia/Baku"]);

        Assert.Equal(new DateTime(2025, 3, 15, 9, 30, 15), dataTime);
    }

    [Theory]
    [InlineData("Mars/Olympus")]
    [InlineData("+25:00")]
    [InlineData("")]
    public void Simulate_UnknownClock_FailsNamingTheOption(string clock)
    {
        var outcome = InProcessCli.Run("cems", "simulate", "--target", "127.0.0.1:9", "--password", "123456", "--clock", clock);

        Assert.Equal(1, outcome.ExitCode);
        Assert.StartsWith("error: --clock:", outcome.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void SimulationClock_Shanghai_IsUtcPlusEightToTheSecond()
    {
        Assert.True(SimulationClock.TryParse("Asia/Shanghai", out var clock));

        var local = clock.LocalNow(new DateTimeOffset(2026, 12, 31, 20, 15, 7, 999, TimeSpan.Zero));

        Assert.Equal(new DateTime(2027, 1, 1, 4, 15, 7), local);
    }

    /// <summary>Runs one device for a moment against a listener that reads the first frame and
    /// never answers (the command then reports unanswered packets; only DataTime matters here).</summary>
    private static async Task<DateTime> FirstDataTimeAsync(string[] extra)
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var first = ReadFirstFrameAsync(listener);
        string[] args = ["cems", "simulate", "--devices", "1", "--rate", "1", "--duration", "0.5", "--answer-timeout", "0.1",
            "--target", $"127.0.0.1:{port}", "--password", "123456", .. extra];
        var outcome = await Task.Run(() => InProcessCli.Run(args));
        Assert.True(outcome.ExitCode is 0 or 3, outcome.StandardError);

        var frame = await first.WaitAsync(TimeSpan.FromSeconds(30));
        var match = DataTime().Match(frame);
        Assert.True(match.Success, frame);
        return DateTime.ParseExact(match.Groups[1].Value, "yyyyMMddHHmmss", CultureInfo.InvariantCulture);
    }

    private static async Task<string> ReadFirstFrameAsync(TcpListener listener)
    {
        using var client = await listener.AcceptTcpClientAsync();
        var stream = client.GetStream();
        var text = new StringBuilder();
        var buffer = new byte[4096];
        while (!text.ToString().Contains("\r\n", StringComparison.Ordinal))
        {
            var n = await stream.ReadAsync(buffer);
            if (n == 0)
            {
                break;
            }

            text.Append(Encoding.ASCII.GetString(buffer, 0, n));
        }

        return text.ToString();
    }

    [GeneratedRegex("CP=&&DataTime=([0-9]{14})")]
    private static partial Regex DataTime();
}
