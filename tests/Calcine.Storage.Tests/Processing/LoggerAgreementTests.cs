using Calcine.Application.Cems.Processing;
using Calcine.Domain.Cems.Quality;
using Calcine.Storage.Cems;

namespace Calcine.Storage.Tests.Processing;

public class LoggerAgreementTests
{
    // (a) = 27.5 (minutes corrected one by one), (b) = 15 × 11 / 7.5 = 22 (hourly means).
    private static CemsHourEntity Hour(double? logger, double? converted = 27.5) =>
        new() { Flag = "N", Status = "valid", Converted = converted, Measured = 15, O2 = 13.5, LoggerValue = logger };

    [Theory]
    [InlineData(27.5, DasVerdict.MatchesMinuteMethod)]
    [InlineData(22.2, DasVerdict.MatchesHourlyMethod)]
    [InlineData(25.0, DasVerdict.Disagrees)]
    public void Judge_LoggerValue_AgainstBothRecomputations(double logger, DasVerdict expected) =>
        Assert.Equal(expected, LoggerAgreement.Judge(Hour(logger), 10));

    [Fact]
    public void Judge_NoLoggerValue_IsNull() => Assert.Null(LoggerAgreement.Judge(Hour(null), 10));

    [Fact]
    public void Judge_InvalidHour_IsNotComparable() =>
        Assert.Equal(DasVerdict.NotComparable, LoggerAgreement.Judge(Hour(5, converted: null), 10));

    [Fact]
    public void Judge_ChannelWithoutReferenceO2_BothMethodsAreTheMeasuredMean() =>
        Assert.Equal(DasVerdict.MatchesBoth, LoggerAgreement.Judge(new CemsHourEntity { Flag = "N", Status = "valid", Converted = 15, Measured = 15, O2 = 20.8, LoggerValue = 15.1 }, null));
}
