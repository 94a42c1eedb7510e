using System.Buffers;
using System.CommandLine;
using System.Net.Sockets;
using Calcine.Ingestion.Hj212;

namespace Calcine.Cli.Commands;

/// <summary><c>cems replay FILE --target HOST:PORT</c>: sends the accepted frames of a recorded byte
/// stream to a listener, one after another, and counts the platform's answers.</summary>
public static class CemsReplayCommand
{
    public static Command Build(CliConsole console)
    {
        var file = new Argument<string>("file") { Description = "recorded HJ 212 byte stream (e.g. a .bin capture)" };
        var target = new Option<string>("--target") { Description = "HOST:PORT of the HJ 212 listener", Required = true };
        var wait = new Option<double>("--wait") { Description = "seconds to wait for answers after the last frame", DefaultValueFactory = _ => 2 };
        var command = new Command("replay", "Replay a recorded HJ 212 stream against a listener") { file, target, wait };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!CemsSimulateCommand.TryParseTarget(parse.GetValue(target)!, out var host, out var port))
            {
                return console.Fail(["--target: expected HOST:PORT"]);
            }

            byte[] bytes;
            try
            {
                bytes = await File.ReadAllBytesAsync(parse.GetValue(file)!, cancellationToken);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return console.Fail([$"{parse.GetValue(file)}: cannot be read: {ex.Message}"]);
            }

            var frames = new List<byte[]>();
            var sequence = new ReadOnlySequence<byte>(bytes);
            var scanner = new Hj212FrameScanner();
            var rejected = 0;
            while (scanner.TryReadFrame(ref sequence, out var frame, isFinalBlock: true) != OperationStatus.NeedMoreData)
            {
                if (frame.IsAccepted)
                {
                    frames.Add(bytes.AsSpan((int)frame.Offset, (int)frame.Length).ToArray());
                }
                else
                {
                    rejected++;
                }
            }

            using var client = new TcpClient();
            try
            {
                await client.ConnectAsync(host, port, cancellationToken);
            }
            catch (SocketException ex)
            {
                return console.Fail([$"--target {host}:{port}: cannot connect: {ex.Message}"]);
            }

            var stream = client.GetStream();
            foreach (var f in frames)
            {
                await stream.WriteAsync(f, cancellationToken);
            }

            var answers = await CountAnswersAsync(stream, TimeSpan.FromSeconds(parse.GetValue(wait)), cancellationToken);
            console.WriteText($"sent {frames.Count} frames ({rejected} in the file were not valid frames and were not sent), answers received {answers}\n");
            return 0;
        });
        return command;
    }

    private static async Task<int> CountAnswersAsync(NetworkStream stream, TimeSpan wait, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(wait);
        var received = new List<byte>();
        var buffer = new byte[8192];
        try
        {
            while (true)
            {
                var n = await stream.ReadAsync(buffer, timeout.Token);
                if (n == 0)
                {
                    break;
                }

                received.AddRange(buffer.AsSpan(0, n));
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
        }

        var sequence = new ReadOnlySequence<byte>(received.ToArray());
        var scanner = new Hj212FrameScanner();
        var count = 0;
        while (scanner.TryReadFrame(ref sequence, out var frame, isFinalBlock: true) != OperationStatus.NeedMoreData)
        {
            count += frame.IsAccepted ? 1 : 0;
        }

        return count;
    }
}
