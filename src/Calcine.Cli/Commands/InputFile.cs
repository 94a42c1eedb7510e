using Calcine.Application.Co2.Document;

namespace Calcine.Cli.Commands;

/// <summary>Reads an input file with a size limit, so a huge file is refused before it is loaded.</summary>
public static class InputFile
{
    public static byte[]? ReadPlantYearBytes(string path, CliConsole console, out string? error)
    {
        error = null;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                error = $"{path}: file not found";
                return null;
            }

            if (info.Length > PlantYearReader.MaxDocumentBytes)
            {
                error = $"$: document is {info.Length} bytes; a plant-year document may have at most {PlantYearReader.MaxDocumentBytes} bytes";
                return null;
            }

            return File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error = $"{path}: cannot be read: {ex.Message}";
            return null;
        }
    }
}
