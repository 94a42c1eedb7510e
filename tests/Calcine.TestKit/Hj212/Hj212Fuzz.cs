namespace Calcine.TestKit.Hj212;

/// <summary>What a fuzz run saw. <see cref="Violations"/> must be empty.</summary>
public sealed record Hj212FuzzReport(
    int Frames,
    int IntactFrames,
    int MutatedFrames,
    int Accepted,
    int Rejected,
    int MutatedAccepted,
    IReadOnlyDictionary<string, int> RejectedBy,
    IReadOnlyList<string> Violations);

/// <summary>
/// Seeded fuzzing of the scanner and decoder. Streams of frames are built from templates; about half
/// of the frames are mutated (bit flips, byte insertions and deletions, truncation, junk, huge or
/// non-numeric lengths) and junk is put between some frames. Mutations never touch a frame's leading
/// "##", so every frame must be accounted for: an intact frame is accepted at its exact offset with
/// its original content, and a mutated one is reported (accepted or rejected) at its offset. Every
/// stream is also scanned in random segments and must give the same results.
/// </summary>
public static class Hj212Fuzz
{
    private const int FramesPerStream = 400;

    public static Hj212FuzzReport Run(int frames, int seed, IReadOnlyList<byte[]>? templates = null)
    {
        var random = new Random(seed);
        templates ??= DefaultTemplates(random);
        var expected = templates.Select(t => Hj212Transcript.Scan(t).Single().Json).ToArray();
        var violations = new List<string>();
        var rejectedBy = new Dictionary<string, int>();
        int intact = 0, mutated = 0, accepted = 0, rejected = 0, mutatedAccepted = 0;

        for (int done = 0; done < frames; done += FramesPerStream)
        {
            int count = Math.Min(FramesPerStream, frames - done);
            var (bytes, regions) = BuildStream(random, templates, count);
            List<Hj212ScanRecord> records;
            try
            {
                records = Hj212Transcript.Scan(bytes);
                var segmented = Hj212Transcript.Scan(SegmentedSequence.Random(bytes, random, random.Next(1, 2048)));
                if (!records.SequenceEqual(segmented))
                {
                    violations.Add($"seed {seed}, stream at frame {done}: segmented scan differs from the single-segment scan");
                }
            }
            catch (Exception ex)
            {
                violations.Add($"seed {seed}, stream at frame {done}: {ex.GetType().Name}: {ex.Message}");
                continue;
            }

            Check(bytes, regions, records, expected, violations, $"seed {seed}, stream at frame {done}");
            var byOffset = records.ToDictionary(r => r.Offset);
            foreach (var region in regions)
            {
                if (region.Mutated)
                {
                    mutated++;
                    mutatedAccepted += byOffset.TryGetValue(region.Start, out var r) && r.Accepted ? 1 : 0;
                }
                else
                {
                    intact++;
                }
            }

            foreach (var record in records)
            {
                if (record.Accepted)
                {
                    accepted++;
                }
                else
                {
                    rejected++;
                    var error = System.Text.Json.JsonDocument.Parse(record.Json).RootElement.GetProperty("error").GetString()!;
                    rejectedBy[error] = rejectedBy.GetValueOrDefault(error) + 1;
                }
            }
        }

        return new Hj212FuzzReport(frames, intact, mutated, accepted, rejected, mutatedAccepted, rejectedBy, violations);
    }

    public static IReadOnlyList<byte[]> DefaultTemplates(Random random) =>
        [.. Hj212Fixtures.KilnFrames(), .. Hj212Fixtures.EdgeFrames(), .. Enumerable.Range(0, 8).Select(_ => Hj212Fixtures.RealTimeFrame(random))];

    private sealed record Region(int Start, int End, int Template, bool Mutated);

    private static (byte[] Bytes, List<Region> Regions) BuildStream(Random random, IReadOnlyList<byte[]> templates, int count)
    {
        var stream = new List<byte>();
        var regions = new List<Region>();
        for (int i = 0; i < count; i++)
        {
            int template = random.Next(templates.Count);
            var frame = templates[template].ToList();
            bool mutate = random.Next(2) == 0;
            if (mutate)
            {
                Mutate(frame, random);
            }

            int start = stream.Count;
            stream.AddRange(frame);
            if (random.Next(4) == 0)
            {
                stream.AddRange(Junk(random));
            }

            regions.Add(new Region(start, stream.Count, template, mutate));
        }

        return (stream.ToArray(), regions);
    }

    private static void Mutate(List<byte> frame, Random random)
    {
        int kinds = random.Next(1, 3);
        for (int k = 0; k < kinds; k++)
        {
            int at = random.Next(2, frame.Count);
            switch (random.Next(8))
            {
                case 0:
                case 1:
                    frame[at] ^= (byte)(1 << random.Next(8));
                    break;
                case 2:
                    frame.Insert(at, (byte)random.Next(256));
                    break;
                case 3:
                    frame.RemoveAt(at);
                    break;
                case 4:
                    frame.RemoveRange(Math.Max(at, 3), frame.Count - Math.Max(at, 3));
                    break;
                case 5:
                    // Now and then a stretch longer than the biggest frame with no "##" and no CR LF in it.
                    frame.InsertRange(at, random.Next(40) == 0 ? Enumerable.Repeat((byte)'x', 10_100) : Junk(random));
                    break;
                case 6:
                    var digits = random.Next(3) == 0 ? "9999" : random.Next(0, 10000).ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
                    for (int d = 0; d < 4 && 2 + d < frame.Count; d++)
                    {
                        frame[2 + d] = (byte)digits[d];
                    }

                    break;
                default:
                    if (frame.Count > 3)
                    {
                        frame[random.Next(2, Math.Min(6, frame.Count))] = (byte)"x -#\r"[random.Next(5)];
                    }

                    break;
            }

            if (frame.Count < 3)
            {
                return;
            }
        }
    }

    private static byte[] Junk(Random random)
    {
        const string alphabet = "#\r\n0123456789;=&,abcXYZ \0\xff";
        var junk = new byte[random.Next(1, 40)];
        for (int i = 0; i < junk.Length; i++)
        {
            junk[i] = (byte)alphabet[random.Next(alphabet.Length)];
        }

        return junk;
    }

    private static void Check(byte[] bytes, List<Region> regions, List<Hj212ScanRecord> records, string[] expected, List<string> violations, string where)
    {
        long position = 0;
        foreach (var r in records)
        {
            if (r.Offset < position || r.Offset + r.Length > bytes.Length || r.Length < 1)
            {
                violations.Add($"{where}: result at {r.Offset} (+{r.Length}) overlaps the previous one or the end");
            }
            else if (bytes[r.Offset] != (byte)'#' || bytes[r.Offset + 1] != (byte)'#')
            {
                violations.Add($"{where}: result at {r.Offset} does not start at '##'");
            }

            position = r.Offset + r.Length;
        }

        var byOffset = records.ToDictionary(r => r.Offset);
        foreach (var region in regions)
        {
            byOffset.TryGetValue(region.Start, out var record);
            if (!region.Mutated)
            {
                var want = expected[region.Template].Replace("\"offset\":0}", $"\"offset\":{region.Start}}}", StringComparison.Ordinal);
                if (record is null || !record.Accepted || record.Json != want)
                {
                    violations.Add($"{where}: intact frame at {region.Start} was not accepted as sent: {record?.Json ?? "no result"}");
                }
            }
            else if (bytes[region.Start + 2] != (byte)'#' && record is null)
            {
                violations.Add($"{where}: mutated frame at {region.Start} was neither accepted nor rejected");
            }
        }
    }
}
