using System.Buffers;
using Calcine.Ingestion.Hj212;
using Calcine.TestKit.Hj212;
using static Calcine.Ingestion.Tests.Hj212.Hj212TestFrames;

namespace Calcine.Ingestion.Tests.Hj212;

/// <summary>
/// Every fixture whole, split into two segments at every byte offset, one byte per segment, and
/// arriving a few bytes at a time: the scanner and decoder must give identical results, because TCP
/// will deliver all of these (RESPite RespReaderTests.GetVariants).
/// </summary>
public class Hj212FragmentationTests
{
    public static TheoryData<string, byte[]> Inputs()
    {
        var data = new TheoryData<string, byte[]>();
        var kiln = Hj212Fixtures.KilnFrames();
        for (int i = 0; i < kiln.Count; i++)
        {
            data.Add($"S{i + 1:D2}", kiln[i]);
        }

        var edges = Hj212Fixtures.EdgeFrames();
        for (int i = 0; i < edges.Count; i++)
        {
            data.Add($"edge {i}", edges[i]);
        }

        var good = Frame(RtdInterval);
        data.Add("junk around", Concat(Ascii("#junk\r\n##"), good, Ascii("##0"), good, Ascii("tail#")));
        data.Add("crc mismatch", WithCrc(RtdInterval, "1C81"));
        data.Add("length mismatch", WithDeclaredLength(RtdInterval, 99));
        data.Add("no trailer then frame", Concat(good[..^2], good));
        data.Add("truncated then frame", Concat(good[..40], good));
        data.Add("bad length field", Concat(Ascii("##1x3"), good));
        data.Add("input ends mid-frame", Concat(good, good[..70]));
        data.Add("bad header", Frame("QN=1;CN=2011;PW=1;MN=2;CP=&&&&"));
        data.Add("bad data segment", Frame("ST=31;CN=2011;PW=1;MN=2;CP=&&a=1;b&&"));
        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Scan_SplitIntoTwoAtEveryOffset_SameResultsAsWhole(string name, byte[] input)
    {
        var whole = Hj212Transcript.Scan(input);
        Assert.NotEmpty(whole);
        for (int at = 0; at <= input.Length; at++)
        {
            var split = Hj212Transcript.Scan(SegmentedSequence.SplitAt(input, at));
            Assert.True(whole.SequenceEqual(split), $"{name}: split at {at} differs");
        }
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Scan_OneBytePerSegment_SameResultsAsWhole(string name, byte[] input)
    {
        var whole = Hj212Transcript.Scan(input);
        Assert.True(whole.SequenceEqual(Hj212Transcript.Scan(SegmentedSequence.OneBytePerSegment(input))), name);
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Scan_ArrivingInSmallChunks_SameResultsAsWhole(string name, byte[] input)
    {
        var whole = Hj212Transcript.Scan(input);
        foreach (var chunk in new[] { 1, 2, 7, 64 })
        {
            Assert.True(whole.SequenceEqual(Hj212Transcript.ScanArriving(input, chunk)), $"{name}: arriving {chunk} bytes at a time differs");
        }
    }

    [Fact]
    public void Scan_ExampleStreamUnderEveryFragmentation_SameResultsAsWhole()
    {
        var input = Hj212Fixtures.ExampleStream();
        var whole = Hj212Transcript.Scan(input);
        Assert.Equal(11, whole.Count);
        Assert.All(whole, r => Assert.True(r.Accepted));
        for (int at = 0; at <= input.Length; at += 1)
        {
            Assert.True(whole.SequenceEqual(Hj212Transcript.Scan(SegmentedSequence.SplitAt(input, at))), $"split at {at}");
        }

        Assert.True(whole.SequenceEqual(Hj212Transcript.Scan(SegmentedSequence.OneBytePerSegment(input))));
        Assert.True(whole.SequenceEqual(Hj212Transcript.ScanArriving(input, 1)));
    }

    [Fact]
    public void Decode_MultiSegmentDataSegment_SameAsContiguous()
    {
        var frame = Hj212Fixtures.KilnFrames()[0];
        var scanner = new Hj212FrameScanner();
        var buffer = SegmentedSequence.OneBytePerSegment(frame);
        Assert.Equal(OperationStatus.Done, scanner.TryReadFrame(ref buffer, out var scanned));
        Assert.False(scanned.DataSegment.IsSingleSegment);
        var decoded = Hj212Decoder.Decode(scanned);
        var contiguous = Hj212Decoder.Decode(frame.AsSpan(6, frame.Length - 12));
        Assert.Equal(Hj212Transcript.Json(contiguous, 0), Hj212Transcript.Json(decoded, 0));
    }
}
