using Calcine.Ingestion.Hj212;
using Calcine.TestKit.Hj212;

namespace Calcine.Ingestion.Tests.Hj212;

public class Hj212SplitAssemblerTests
{
    private static readonly DateTimeOffset T0 = new(2025, 3, 15, 10, 0, 0, TimeSpan.FromHours(8));

    private static Hj212Packet Kiln(int index)
    {
        var frame = Hj212Fixtures.KilnFrames()[index];
        return Hj212Decoder.Decode(frame.AsSpan(6, frame.Length - 12)).Packet!;
    }

    private static Hj212Packet Part(string mn, int pnum, int pno, string dataTime, string fields) =>
        Hj212Decoder.Decode(System.Text.Encoding.ASCII.GetBytes(
            $"QN=2025031510000012{pno};ST=31;CN=2061;PW=1;MN={mn};Flag=7;PNUM={pnum};PNO={pno};CP=&&DataTime={dataTime};{fields}&&")).Packet!;

    [Fact]
    public void Add_KilnHourInTwoParts_ReassemblesToTheSinglePacketHour()
    {
        var assembler = new Hj212SplitAssembler();
        var whole = Kiln(1); // S02: the same hour in one oversize packet
        Assert.Equal(Hj212SplitStatus.Pending, assembler.Add(Kiln(3), T0).Status);
        var result = assembler.Add(Kiln(4), T0.AddSeconds(1));

        Assert.Equal(Hj212SplitStatus.Complete, result.Status);
        var merged = result.Packet!;
        Assert.Equal(whole.Cp, merged.Cp);
        Assert.Equal(Kiln(3).Qn, merged.Qn);
        Assert.Equal(5, merged.Flag);
        Assert.False(merged.IsSplit);
        Assert.Null(merged.Pnum);
        Assert.Equal(2, result.Parts.Count);
        Assert.Equal(0, assembler.OpenSets);
    }

    [Fact]
    public void Add_PartsOutOfOrder_MergedInPnoOrder()
    {
        var assembler = new Hj212SplitAssembler();
        assembler.Add(Part("M", 3, 3, "1", "c=3"), T0);
        assembler.Add(Part("M", 3, 1, "1", "a=1"), T0);
        var result = assembler.Add(Part("M", 3, 2, "1", "b=2"), T0);
        Assert.Equal(Hj212SplitStatus.Complete, result.Status);
        Assert.Equal(["DataTime", "a", "b", "c"], result.Packet!.Cp.Select(f => f.Key));
    }

    [Fact]
    public void Add_SetsOfDifferentDevicesOrHours_KeptApart()
    {
        var assembler = new Hj212SplitAssembler();
        assembler.Add(Part("M1", 2, 1, "1", "a=1"), T0);
        assembler.Add(Part("M2", 2, 1, "1", "a=1"), T0);
        assembler.Add(Part("M1", 2, 1, "2", "a=1"), T0);
        Assert.Equal(3, assembler.OpenSets);
        Assert.Equal(Hj212SplitStatus.Complete, assembler.Add(Part("M2", 2, 2, "1", "b=2"), T0).Status);
        Assert.Equal(2, assembler.OpenSets);
    }

    [Fact]
    public void Add_ResentPart_ReportedAsDuplicate()
    {
        var assembler = new Hj212SplitAssembler();
        assembler.Add(Part("M", 2, 1, "1", "a=1"), T0);
        Assert.Equal(Hj212SplitStatus.Duplicate, assembler.Add(Part("M", 2, 1, "1", "a=1"), T0).Status);
    }

    [Fact]
    public void Add_NotSplitPacket_PassesThrough()
    {
        var packet = Kiln(0);
        var result = new Hj212SplitAssembler().Add(packet, T0);
        Assert.Equal(Hj212SplitStatus.NotSplit, result.Status);
        Assert.Same(packet, result.Packet);
    }

    [Theory]
    [InlineData(2, 3)]
    [InlineData(2, 0)]
    [InlineData(0, 0)]
    [InlineData(5000, 1)]
    public void Add_PnoOutsideRange_Rejected(int pnum, int pno)
    {
        var result = new Hj212SplitAssembler().Add(Part("M", pnum, pno, "1", "a=1"), T0);
        Assert.Equal(Hj212SplitStatus.Rejected, result.Status);
    }

    [Fact]
    public void Add_TooManyOpenSets_Rejected()
    {
        var assembler = new Hj212SplitAssembler(maxOpenSets: 2);
        assembler.Add(Part("M", 2, 1, "1", "a=1"), T0);
        assembler.Add(Part("M", 2, 1, "2", "a=1"), T0);
        Assert.Equal(Hj212SplitStatus.Rejected, assembler.Add(Part("M", 2, 1, "3", "a=1"), T0).Status);
    }

    [Fact]
    public void Expire_OldIncompleteSets_DroppedAndReturned()
    {
        var assembler = new Hj212SplitAssembler();
        assembler.Add(Part("M", 2, 1, "old", "a=1"), T0);
        assembler.Add(Part("M", 2, 1, "new", "a=1"), T0.AddMinutes(9));
        var expired = assembler.Expire(T0.AddMinutes(10), TimeSpan.FromMinutes(5));
        var set = Assert.Single(expired);
        Assert.Equal("old", set.DataTime);
        Assert.Single(set.PartsReceived);
        Assert.Equal(1, assembler.OpenSets);
    }
}
