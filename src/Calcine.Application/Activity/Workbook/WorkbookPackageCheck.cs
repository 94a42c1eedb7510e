using System.IO.Compression;
using Calcine.Domain.Results;

namespace Calcine.Application.Activity.Workbook;

/// <summary>Checks an upload as a zip package before any spreadsheet code opens it: entry count,
/// and the real uncompressed size (decompressed with a cap, since the sizes a zip declares can lie),
/// so a zip bomb or a truncated file is refused with a clear error.</summary>
public static class WorkbookPackageCheck
{
    public static ValidationError? Check(byte[] upload)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(upload, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > WorkbookLayout.MaxZipEntries)
            {
                return new("workbook", $"the package has {zip.Entries.Count} parts; an activity workbook has at most {WorkbookLayout.MaxZipEntries}");
            }

            long declared = zip.Entries.Sum(e => e.Length);
            if (declared > WorkbookLayout.MaxUncompressedBytes)
            {
                return new("workbook", $"the package unpacks to {declared} bytes; at most {WorkbookLayout.MaxUncompressedBytes} (a zip bomb?)");
            }

            var buffer = new byte[81920];
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                using var stream = entry.Open();
                int read;
                while ((read = stream.Read(buffer)) > 0)
                {
                    total += read;
                    if (total > WorkbookLayout.MaxUncompressedBytes)
                    {
                        return new("workbook", $"the package unpacks to more than {WorkbookLayout.MaxUncompressedBytes} bytes (a zip bomb?)");
                    }
                }
            }

            return null;
        }
        catch (InvalidDataException)
        {
            return new("workbook", "not an .xlsx workbook, or the file is damaged or truncated; download the template and save it as .xlsx");
        }
    }
}
