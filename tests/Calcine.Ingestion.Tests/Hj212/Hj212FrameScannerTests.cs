using System.Buffers;
using System.Text;
using Calcine.Ingestion.Hj212;
using static Calcine.Ingestion.Tests.Hj212.Hj212TestFrames;

namespace Calcine.Ingestion.Tests.Hj212;

public class Hj212FrameScannerTests
{
    private static List<Hj212ScannedFrame> ScanAll(byte[] input, Hj212ScanOptions? options = null)
    {
        var scanner = new Hj212FrameScanner(options);
        var buffer = new ReadOnlySequence<byte>(input);
        var frames = new List<Hj212ScannedFrame>();
        while (scanner.TryReadFrame(ref buffer, out var frame, isFinalBlock: true) != OperationStatus.NeedMoreData)
        {
            frames.Add(frame);
        }

        Assert.True(buffer.IsEmpty);
        Assert.Equal(input.Length, scanner.Position);
        return frames;
    }

    private static Hj212ScannedFrame Single(byte[] input, Hj212ScanOptions? options = null) => Assert.Single(ScanAll(input, options));

    private static string Data(Hj212ScannedFrame frame) => Encoding.UTF8.GetString(frame.DataSegment.ToArray());

    [Fact]
    public void TryReadFrame_StandardExample_AcceptsWithDataSegment()
    {
        var frame = Single(Frame(RtdInterval));
        Assert.True(frame.IsAccepted);
        Assert.Equal(0, frame.Offset);
        Assert.Equal(101, frame.DeclaredLength);
        Assert.Equal(RtdInterval, Data(frame));
        Assert.Equal(Hj212Warnings.None, frame.Warnings);
    }

    [Fact]
    public void TryReadFrame_JunkBetweenFrames_ResynchronisesAndReportsOffsets()
    {
        var a = Frame(RtdInterval);
        var input = Concat(Ascii("garbage\r\n#"), a, Ascii("\0\xff;;&&noise"), a);
        var frames = ScanAll(input);
        Assert.Equal(2, frames.Count);
        Assert.All(frames, f => Assert.True(f.IsAccepted));
        Assert.Equal(10, frames[0].Offset);
        Assert.Equal(10 + a.Length + 12, frames[1].Offset);
    }

    [Fact]
    public void TryReadFrame_RunOfHashes_FrameStartsAtTheLastTwo()
    {
        var frame = Single(Concat(Ascii("#x###"), Frame(RtdInterval)));
        Assert.True(frame.IsAccepted);
        Assert.Equal(5, frame.Offset);
    }

    [Fact]
    public void TryReadFrame_OnlyJunk_ConsumesItAndFindsNothing()
    {
        Assert.Empty(ScanAll(Ascii("no frames here\r\n# # #")));
    }

    [Fact]
    public void TryReadFrame_IncompleteFrame_NeedsMoreDataAndConsumesNothingOfIt()
    {
        var input = Concat(Ascii("junk"), Frame(RtdInterval)[..50]);
        var scanner = new Hj212FrameScanner();
        var buffer = new ReadOnlySequence<byte>(input);
        Assert.Equal(OperationStatus.NeedMoreData, scanner.TryReadFrame(ref buffer, out _));
        Assert.Equal(50, buffer.Length);
        Assert.Equal(4, scanner.Position);
    }

    [Fact]
    public void TryReadFrame_WrongCrc_RejectsAsCrcMismatchWithExpectedAndGot()
    {
        var frame = Single(WithCrc(RtdInterval, "1C81"));
        Assert.Equal(Hj212FrameError.CrcMismatch, frame.Error);
        Assert.Equal("expected 1C80, got 1C81", frame.Detail);
    }

    [Fact]
    public void TryReadFrame_CrcFieldNotHex_RejectsAsCrcMismatch()
    {
        var frame = Single(WithCrc(RtdInterval, "1C8Z"));
        Assert.Equal(Hj212FrameError.CrcMismatch, frame.Error);
        Assert.Contains("not four hex digits", frame.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void TryReadFrame_LowercaseCrc_AcceptsWithWarning()
    {
        var frame = Single(WithCrc(RtdInterval, "1c80"));
        Assert.True(frame.IsAccepted);
        Assert.Equal(Hj212Warnings.LowercaseCrc, frame.Warnings);
    }

    [Fact]
    public void TryReadFrame_ByteSwappedModbusCrc_RejectedByDefault()
    {
        var data = Ascii(RtdInterval);
        var crc = Hj212Crc.ComputeModbusSwapped(data).ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
        var frame = Single(WithCrc(RtdInterval, crc));
        Assert.Equal(Hj212FrameError.CrcMismatch, frame.Error);
    }

    [Fact]
    public void TryReadFrame_ByteSwappedModbusCrcWithCompatibilityOption_AcceptsWithWarning()
    {
        var data = Ascii(RtdInterval);
        var crc = Hj212Crc.ComputeModbusSwapped(data).ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
        var frame = Single(WithCrc(RtdInterval, crc), new Hj212ScanOptions { AcceptModbusCrc = true });
        Assert.True(frame.IsAccepted);
        Assert.Equal(Hj212Warnings.ModbusCrc, frame.Warnings);
    }

    [Theory]
    [InlineData(100)]
    [InlineData(102)]
    [InlineData(9999)]
    [InlineData(0)]
    public void TryReadFrame_DeclaredLengthWrongButCrcMatches_AcceptsWithLengthMismatch(int declared)
    {
        var frame = Single(WithDeclaredLength(RtdInterval, declared));
        Assert.True(frame.IsAccepted);
        Assert.Equal(Hj212Warnings.LengthMismatch, frame.Warnings);
        Assert.Equal(declared, frame.DeclaredLength);
        Assert.Equal(RtdInterval, Data(frame));
    }

    [Fact]
    public void TryReadFrame_LengthCountsUtf8Bytes_NotChars()
    {
        var data = "QN=20250315100000999;ST=31;CN=3020;PW=123456;MN=CEMTEST0000000000000K01T;Flag=5;CP=&&i11001-Info=//窑尾分析仪//&&";
        var frame = Single(Frame(data));
        Assert.True(frame.IsAccepted);
        Assert.Equal(Encoding.UTF8.GetByteCount(data), frame.DeclaredLength);
        Assert.Equal(Hj212Warnings.None, frame.Warnings);

        var charCounted = Single(WithDeclaredLength(data, data.Length));
        Assert.True(charCounted.IsAccepted);
        Assert.Equal(Hj212Warnings.LengthMismatch, charCounted.Warnings);
    }

    [Fact]
    public void TryReadFrame_DataSegmentOver1024_AcceptsWithOversize()
    {
        var data = RtdInterval.Replace("RtdInterval=30", "RtdInterval=30;Pad=" + new string('x', 1000), StringComparison.Ordinal);
        var frame = Single(Frame(data));
        Assert.True(frame.IsAccepted);
        Assert.Equal(Hj212Warnings.Oversize, frame.Warnings);
    }

    [Fact]
    public void TryReadFrame_DataSegmentOf9999Bytes_Accepted()
    {
        var head = "ST=31;CN=2011;PW=123456;MN=X;CP=&&Pad=";
        var data = head + new string('x', 9999 - head.Length - 2) + "&&";
        var frame = Single(Frame(data));
        Assert.True(frame.IsAccepted);
        Assert.Equal(9999, frame.DeclaredLength);
    }

    [Theory]
    [InlineData("##01a1")]
    [InlineData("##-101")]
    [InlineData("## 101")]
    public void TryReadFrame_LengthNotFourDigits_RejectsAsBadLength(string start)
    {
        var input = Concat(Ascii(start), Frame(RtdInterval).AsSpan(6).ToArray());
        var frames = ScanAll(input);
        Assert.Equal(Hj212FrameError.BadLength, frames[0].Error);
        Assert.Single(frames);
    }

    [Fact]
    public void TryReadFrame_WrongLengthAndWrongCrc_RejectsAsBadLength()
    {
        var frame = WithDeclaredLength(RtdInterval, 120);
        Encoding.ASCII.GetBytes("0000").CopyTo(frame, frame.Length - 6);
        Assert.Equal(Hj212FrameError.BadLength, Single(frame).Error);
    }

    [Fact]
    public void TryReadFrame_FramesConcatenatedWithoutCrLf_FirstRejectedAsMissingTrailerSecondAccepted()
    {
        var a = Frame(RtdInterval);
        var input = Concat(a[..^2], a);
        var frames = ScanAll(input);
        Assert.Equal(2, frames.Count);
        Assert.Equal(Hj212FrameError.MissingTrailer, frames[0].Error);
        Assert.True(frames[1].IsAccepted);
        Assert.Equal(a.Length - 2, frames[1].Offset);
    }

    [Fact]
    public void TryReadFrame_LoneLfTrailer_RejectsAsMissingTrailer()
    {
        var a = Frame(RtdInterval);
        Assert.Equal(Hj212FrameError.MissingTrailer, Single(Concat(a[..^2], Ascii("\n"))).Error);
    }

    [Fact]
    public void TryReadFrame_InputEndsMidFrame_RejectsAsTruncated()
    {
        Assert.Equal(Hj212FrameError.Truncated, Single(Frame(RtdInterval)[..60]).Error);
    }

    [Fact]
    public void TryReadFrame_NextFrameStartsInsideThisOne_RejectsAsTruncatedAndKeepsTheNext()
    {
        var a = Frame(RtdInterval);
        var frames = ScanAll(Concat(a[..60], a));
        Assert.Equal(Hj212FrameError.Truncated, frames[0].Error);
        Assert.True(frames[1].IsAccepted);
        Assert.Equal(60, frames[1].Offset);
    }

    [Fact]
    public void TryReadFrame_NoTrailerWithinMaximumFrame_RejectsAsTooLong()
    {
        var input = Concat(Ascii("##0010"), Enumerable.Repeat((byte)'x', 20000).ToArray());
        var frames = ScanAll(input);
        Assert.Equal(Hj212FrameError.TooLong, frames[0].Error);
        Assert.True(frames[0].Length <= Hj212ScanOptions.Default.MaxFrameBytes);
    }

    [Fact]
    public void TryReadFrame_DeclaredLengthOverConfiguredMaximum_RejectsAsTooLong()
    {
        var frames = ScanAll(Frame(RtdInterval), new Hj212ScanOptions { MaxDataSegmentBytes = 100 });
        Assert.Equal(Hj212FrameError.TooLong, frames[0].Error);
    }

    [Fact]
    public void TryReadFrame_RejectedFrame_DoesNotSwallowTheNextFrame()
    {
        var good = Frame(RtdInterval);
        var broken = WithDeclaredLength(RtdInterval, 9999);
        Encoding.ASCII.GetBytes("0000").CopyTo(broken, broken.Length - 6);
        var frames = ScanAll(Concat(broken[..^2], good, good));
        Assert.Equal(3, frames.Count);
        Assert.False(frames[0].IsAccepted);
        Assert.True(frames[1].IsAccepted);
        Assert.True(frames[2].IsAccepted);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10000)]
    public void ScanOptions_MaximumOutside1To9999_Throws(int maximum)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Hj212ScanOptions { MaxDataSegmentBytes = maximum });
    }
}
