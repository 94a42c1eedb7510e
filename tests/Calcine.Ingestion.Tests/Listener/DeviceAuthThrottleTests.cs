using Calcine.Web.Ingestion;
using Microsoft.Extensions.Options;

namespace Calcine.Ingestion.Tests.Listener;

/// <summary>The back-off in simulated time: the throttle's clock is injected.</summary>
public class DeviceAuthThrottleTests
{
    private sealed class ManualClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        public override DateTimeOffset GetUtcNow() => Now;
    }

    private const string Mn = "LSTNTEST0000000000000001";
    private const string Address = "203.0.113.7";

    [Fact]
    public void TenThousandGuesses_AgainstOneMnFromOneAddress_TakeAtLeastAnHourOfBackOff()
    {
        var clock = new ManualClock();
        var throttle = new DeviceAuthThrottle(Options.Create(new IngestionOptions()), clock);
        var start = clock.Now;

        for (var guess = 0; guess < 10_000; guess++)
        {
            // A guess is only tested when nothing is locked: wait the lockout out, then fail.
            if (throttle.IsLocked(Mn, Address))
            {
                clock.Now = throttle.DeviceLockedUntil(Mn) is { } until && until > clock.Now ? until : clock.Now.AddSeconds(1);
                guess--;
                continue;
            }

            throttle.Failure(Mn, Address);
        }

        Assert.True(clock.Now - start >= TimeSpan.FromHours(1), $"10,000 guesses took only {clock.Now - start}");
    }

    [Fact]
    public void RightPassword_DuringALockout_IsRefusedUntilItEnds()
    {
        var clock = new ManualClock();
        var options = new IngestionOptions { AuthLockoutThresholdPerDevice = 3, AuthLockoutBaseSeconds = 60 };
        var throttle = new DeviceAuthThrottle(Options.Create(options), clock);

        for (var i = 0; i < 3; i++)
        {
            Assert.False(throttle.IsLocked(Mn, Address));
            throttle.Failure(Mn, "198.51.100." + i); // from several addresses: the MN itself is locked
        }

        Assert.True(throttle.IsLocked(Mn, "192.0.2.1"));
        clock.Now = clock.Now.AddSeconds(59);
        Assert.True(throttle.IsLocked(Mn, "192.0.2.1"));
        clock.Now = clock.Now.AddSeconds(2);
        Assert.False(throttle.IsLocked(Mn, "192.0.2.1"));
    }

    [Fact]
    public void Lockouts_DoubleUpToTheMaximum()
    {
        var clock = new ManualClock();
        var options = new IngestionOptions { AuthLockoutThresholdPerDevice = 1, AuthLockoutThresholdPerAddress = 1000, AuthLockoutBaseSeconds = 10, AuthLockoutMaxSeconds = 50 };
        var throttle = new DeviceAuthThrottle(Options.Create(options), clock);
        var lengths = new List<double>();

        for (var i = 0; i < 5; i++)
        {
            throttle.Failure(Mn, Address);
            var until = throttle.DeviceLockedUntil(Mn)!.Value;
            lengths.Add((until - clock.Now).TotalSeconds);
            clock.Now = until;
        }

        Assert.Equal([10, 20, 40, 50, 50], lengths);
    }

    [Fact]
    public void ManyFailuresFromOneAddress_AgainstDifferentMns_LockTheAddress()
    {
        var clock = new ManualClock();
        var throttle = new DeviceAuthThrottle(Options.Create(new IngestionOptions { AuthLockoutThresholdPerAddress = 20 }), clock);

        for (var i = 0; i < 20; i++)
        {
            throttle.Failure($"ENUM{i:00000000000000000000}", Address);
        }

        Assert.True(throttle.IsLocked("ANY-OTHER-MN", Address));
        Assert.False(throttle.IsLocked("ANY-OTHER-MN", "192.0.2.1"));
    }

    [Fact]
    public void Success_ResetsTheDevice_ButFailuresAreForgottenOnlyAfterAQuietPeriod()
    {
        var clock = new ManualClock();
        var options = new IngestionOptions { AuthLockoutThresholdPerDevice = 3, AuthLockoutThresholdPerAddress = 1000, AuthFailureMemoryMinutes = 10 };
        var throttle = new DeviceAuthThrottle(Options.Create(options), clock);

        throttle.Failure(Mn, Address);
        throttle.Failure(Mn, Address);
        throttle.Success(Mn);
        throttle.Failure(Mn, Address);
        throttle.Failure(Mn, Address);
        Assert.False(throttle.IsLocked(Mn, Address));
        clock.Now = clock.Now.AddMinutes(11);
        throttle.Failure(Mn, Address); // the two before are forgotten
        Assert.False(throttle.IsLocked(Mn, Address));
        throttle.Failure(Mn, Address);
        throttle.Failure(Mn, Address);
        Assert.True(throttle.IsLocked(Mn, Address));
    }
}
