using System.Text.Json;
using Calcine.Ingestion.Hj212;
using Calcine.TestKit;
using Calcine.TestKit.Hj212;

namespace Calcine.Ingestion.Tests.Hj212;

/// <summary>The contract's worked example: hj212-kiln-frames.bin decodes to hj212-kiln-frames.expected.jsonl.
/// Stricter than shared/tools/check-contracts: every expected field equal, cp keys equal and in the same
/// order, warnings exactly equal (not just a superset).</summary>
public class Hj212ExampleTests
{
    [Fact]
    public void Decode_ExampleStream_MatchesExpectedLinesExactly()
    {
        var expected = File.ReadAllLines(Examples.PathOf(Hj212Fixtures.ExampleName + ".expected.jsonl"))
            .Where(l => l.Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement)
            .ToList();
        var actual = new List<JsonElement>();
        using (var input = File.OpenRead(Examples.PathOf(Hj212Fixtures.ExampleName + ".bin")))
        {
            Hj212StreamDecoder.ReadAll(input, (offset, decoded) => actual.Add(JsonDocument.Parse(Hj212Transcript.Json(decoded, offset)).RootElement));
        }

        Assert.Equal(expected.Count, actual.Count);
        for (int i = 0; i < expected.Count; i++)
        {
            foreach (var property in expected[i].EnumerateObject())
            {
                Assert.True(actual[i].TryGetProperty(property.Name, out var value), $"frame {i}: no '{property.Name}'");
                if (property.Name == "cp")
                {
                    Assert.Equal(
                        property.Value.EnumerateObject().Select(p => (p.Name, p.Value.GetString())),
                        value.EnumerateObject().Select(p => (p.Name, p.Value.GetString())));
                }
                else
                {
                    Assert.True(JsonElement.DeepEquals(property.Value, value), $"frame {i}: {property.Name} = {value}, expected {property.Value}");
                }
            }
        }
    }

    [Fact]
    public void Decode_ExampleStream_OffsetsPointAtEachFrame()
    {
        var bytes = Hj212Fixtures.ExampleStream();
        var offsets = new List<long>();
        using var input = new MemoryStream(bytes);
        Hj212StreamDecoder.ReadAll(input, (offset, _) => offsets.Add(offset));
        long expected = 0;
        foreach (var (frame, offset) in Hj212Fixtures.KilnFrames().Zip(offsets))
        {
            Assert.Equal(expected, offset);
            expected += frame.Length;
        }
    }

    [Fact]
    public void ReadAll_StreamThatReturnsOneByteAtATime_SameAsWhole()
    {
        var bytes = Hj212Fixtures.ExampleStream();
        var whole = new List<string>();
        Hj212StreamDecoder.ReadAll(new MemoryStream(bytes), (o, d) => whole.Add(Hj212Transcript.Json(d, o)));
        var trickled = new List<string>();
        Hj212StreamDecoder.ReadAll(new TrickleStream(bytes), (o, d) => trickled.Add(Hj212Transcript.Json(d, o)));
        Assert.Equal(whole, trickled);
    }

    /// <summary>A stream whose reads return a single byte, like a slow serial-to-TCP bridge.</summary>
    private sealed class TrickleStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 1));
    }
}
