using Calcine.Domain.Cems;
using Calcine.Domain.Cems.Stored;

namespace Calcine.Domain.Tests.Cems;

public class StoredMinuteFlagsTests
{
    [Theory]
    [InlineData(DataFlag.N)]
    [InlineData(DataFlag.T)]
    [InlineData(DataFlag.F)]
    [InlineData(DataFlag.C)]
    [InlineData(DataFlag.M)]
    public void ForRecord_EveryChannelSameFlag_IsThatFlag(DataFlag flag)
    {
        Assert.Equal(flag, StoredMinuteFlags.ForRecord([flag, flag, flag, flag]));
    }

    [Fact]
    public void ForRecord_AllValidOneOverRange_IsT()
    {
        Assert.Equal(DataFlag.T, StoredMinuteFlags.ForRecord([DataFlag.N, DataFlag.T, DataFlag.N]));
    }

    [Fact]
    public void ForRecord_StopOnOneChannelAfterACalibration_IsTheStop()
    {
        Assert.Equal(DataFlag.F, StoredMinuteFlags.ForRecord([DataFlag.N, DataFlag.C, DataFlag.F]));
    }

    [Fact]
    public void ForRecord_TwoInvalidFlags_IsTheFirstInChannelOrder()
    {
        Assert.Equal(DataFlag.M, StoredMinuteFlags.ForRecord([DataFlag.N, DataFlag.M, DataFlag.C]));
    }

    [Fact]
    public void ForRecord_MissingChannel_CountsAsFault()
    {
        Assert.Equal(DataFlag.D, StoredMinuteFlags.ForRecord([DataFlag.N, null, DataFlag.N]));
    }

    [Fact]
    public void ForPollutant_ValidReadingWithValidO2_KeepsItsFlag()
    {
        Assert.Equal(DataFlag.T, StoredMinuteFlags.ForPollutant(DataFlag.T, DataFlag.N, 11, correctsToReferenceO2: true));
    }

    [Fact]
    public void ForPollutant_O2UnderCalibration_TakesTheO2Flag()
    {
        Assert.Equal(DataFlag.C, StoredMinuteFlags.ForPollutant(DataFlag.N, DataFlag.C, 11, correctsToReferenceO2: true));
    }

    [Theory]
    [InlineData(21.0)]
    [InlineData(double.NaN)]
    [InlineData(-1.0)]
    public void ForPollutant_O2ThatCannotCorrect_IsFault(double o2)
    {
        Assert.Equal(DataFlag.D, StoredMinuteFlags.ForPollutant(DataFlag.N, DataFlag.N, o2, correctsToReferenceO2: true));
    }

    [Fact]
    public void ForPollutant_NoO2ButNoCorrection_KeepsItsFlag()
    {
        Assert.Equal(DataFlag.N, StoredMinuteFlags.ForPollutant(DataFlag.N, null, double.NaN, correctsToReferenceO2: false));
    }

    [Fact]
    public void ForPollutant_NoO2WithCorrection_IsFault()
    {
        Assert.Equal(DataFlag.D, StoredMinuteFlags.ForPollutant(DataFlag.N, null, double.NaN, correctsToReferenceO2: true));
    }

    [Fact]
    public void ForPollutant_InvalidReading_KeepsItsOwnFlagWhateverTheO2()
    {
        Assert.Equal(DataFlag.M, StoredMinuteFlags.ForPollutant(DataFlag.M, DataFlag.F, 20.9, correctsToReferenceO2: true));
    }
}
