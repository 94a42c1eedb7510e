using System.Text;
using System.Text.Json;
using Calcine.Ingestion.Hj212;
using Calcine.TestKit;

namespace Calcine.Cli.Tests;

public class CemsDecodeCommandTests
{
    private const string ExampleBin = "hj212-kiln-frames.bin";

    private static (int Exit, List<JsonElement> Lines, string Stdout, string Stderr) Run(byte[] stdin, params string[] args)
    {
        var stdout = new MemoryStream();
        var stderr = new StringWriter();
        int exit = CalcineCli.Run(args, new CliConsole(new MemoryStream(stdin), stdout, stderr));
        var text = Encoding.UTF8.GetString(stdout.ToArray());
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        return (exit, lines, text, stderr.ToString());
    }

    [Fact]
    public void Decode_ExampleFile_OneAcceptedLinePerFrameMatchingTheContract()
    {
        var (exit, lines, stdout, _) = Run([], "cems", "decode", "--input", Examples.PathOf(ExampleBin));
        Assert.Equal(0, exit);
        var expected = File.ReadAllLines(Examples.PathOf("hj212-kiln-frames.expected.jsonl")).Where(l => l.Length > 0).ToList();
        Assert.Equal(expected.Count, lines.Count);
        Assert.EndsWith("\n", stdout, StringComparison.Ordinal);
        for (int i = 0; i < lines.Count; i++)
        {
            foreach (var property in JsonDocument.Parse(expected[i]).RootElement.EnumerateObject())
            {
                Assert.True(JsonElement.DeepEquals(property.Value, lines[i].GetProperty(property.Name)), $"line {i}: {property.Name}");
            }
        }
    }

    [Fact]
    public void Decode_Stdin_SameAsFile()
    {
        var bytes = File.ReadAllBytes(Examples.PathOf(ExampleBin));
        var fromFile = Run([], "cems", "decode", "--input", Examples.PathOf(ExampleBin));
        var fromStdin = Run(bytes, "cems", "decode");
        Assert.Equal(0, fromStdin.Exit);
        Assert.Equal(fromFile.Stdout, fromStdin.Stdout);
    }

    [Fact]
    public void Decode_BadFramesAmongGood_ReportsEachAndGoesOn()
    {
        var good = Hj212FrameBuilder.Build("QN=20160801085857223;ST=32;CN=1062;PW=100000;MN=010000A8900016F000169DC0;Flag=5;CP=&&RtdInterval=30&&");
        var badCrc = (byte[])good.Clone();
        badCrc[^3] = (byte)'1';
        var input = good.Concat("junk"u8.ToArray()).Concat(badCrc).Concat(good).ToArray();

        var (exit, lines, _, _) = Run(input, "cems", "decode");
        Assert.Equal(0, exit);
        Assert.Equal(3, lines.Count);
        Assert.True(lines[0].GetProperty("ok").GetBoolean());
        Assert.False(lines[1].GetProperty("ok").GetBoolean());
        Assert.Equal("crc-mismatch", lines[1].GetProperty("error").GetString());
        Assert.Equal("expected 1C80, got 1C81", lines[1].GetProperty("detail").GetString());
        Assert.Equal(good.Length + 4, lines[1].GetProperty("offset").GetInt64());
        Assert.True(lines[2].GetProperty("ok").GetBoolean());
    }

    [Fact]
    public void Decode_Garbage_ExitsZeroWithRejectionsOnly()
    {
        var garbage = new byte[5000];
        new Random(3).NextBytes(garbage);
        "##12x4"u8.CopyTo(garbage.AsSpan(100));
        var (exit, lines, _, stderr) = Run(garbage, "cems", "decode");
        Assert.Equal(0, exit);
        Assert.Equal("", stderr);
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.False(l.GetProperty("ok").GetBoolean()));
        Assert.Contains(lines, l => l.GetProperty("error").GetString() == "bad-length" && l.GetProperty("offset").GetInt64() == 100);
    }

    [Fact]
    public void Decode_EmptyInput_NoOutputExitZero()
    {
        var (exit, lines, stdout, stderr) = Run([], "cems", "decode");
        Assert.Equal(0, exit);
        Assert.Empty(lines);
        Assert.Equal("", stdout);
        Assert.Equal("", stderr);
    }

    [Fact]
    public void Decode_TruncatedLastFrame_ReportedAsTruncated()
    {
        var bytes = File.ReadAllBytes(Examples.PathOf(ExampleBin));
        var (exit, lines, _, _) = Run(bytes[..^40], "cems", "decode");
        Assert.Equal(0, exit);
        Assert.Equal(11, lines.Count);
        Assert.Equal("truncated", lines[10].GetProperty("error").GetString());
    }

    [Fact]
    public void Decode_MissingFile_ExitOneWithMessage()
    {
        var (exit, lines, _, stderr) = Run([], "cems", "decode", "--input", Path.Combine(Path.GetTempPath(), "no-such-hj212-capture.bin"));
        Assert.Equal(1, exit);
        Assert.Empty(lines);
        Assert.Contains("cannot be read", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_UnreadableStdin_ExitOne()
    {
        var stdout = new MemoryStream();
        var stderr = new StringWriter();
        int exit = CalcineCli.Run(["cems", "decode"], new CliConsole(new FailingStream(), stdout, stderr));
        Assert.Equal(1, exit);
        Assert.Contains("reading stopped", stderr.ToString(), StringComparison.Ordinal);
    }

    private sealed class FailingStream : MemoryStream
    {
        public override int Read(byte[] buffer, int offset, int count) => throw new IOException("device not ready");
    }
}
