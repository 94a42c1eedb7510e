namespace Calcine.Web.Hosting;

/// <summary>The data folder and the secrets written into it (the demo passwords, the data-protection
/// keys beneath it) readable by the host's user only: 0700 for the folder, 0600 for the files.</summary>
public static class PrivateFiles
{
    private const UnixFileMode OwnerFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode OwnerFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode Others = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    /// <summary>Creates the folder owner-only, or takes group and other rights away from an existing one
    /// (a folder made by an earlier release with the default umask).</summary>
    public static void EnsureFolder(string folder)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
            return;
        }

        var info = Directory.CreateDirectory(folder, OwnerFolder);
        if ((info.UnixFileMode & Others) != 0)
        {
            info.UnixFileMode &= ~Others;
        }
    }

    /// <summary>Writes a file only the owner can read, in an owner-only folder.</summary>
    public static Task WriteAsync(string path, string text) => WriteAsync(path, text, FileMode.Create);

    /// <summary>Adds to such a file, creating it owner-only if missing.</summary>
    public static Task AppendAsync(string path, string text) => WriteAsync(path, text, FileMode.Append);

    private static async Task WriteAsync(string path, string text, FileMode mode)
    {
        EnsureFolder(Path.GetDirectoryName(path)!);
        if (OperatingSystem.IsWindows())
        {
            await (mode == FileMode.Append ? File.AppendAllTextAsync(path, text) : File.WriteAllTextAsync(path, text));
            return;
        }

        var options = new FileStreamOptions { Mode = mode, Access = FileAccess.Write, UnixCreateMode = OwnerFile };
        await using (var stream = new FileStream(path, options))
        await using (var writer = new StreamWriter(stream))
        {
            await writer.WriteAsync(text);
        }

        // UnixCreateMode applies to new files only; an older copy keeps its mode otherwise.
        File.SetUnixFileMode(path, OwnerFile);
    }
}
