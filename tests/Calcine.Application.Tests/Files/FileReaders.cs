using System.Diagnostics;
using System.Text.Json;

namespace Calcine.Application.Tests.Files;

/// <summary>Real spreadsheet readers run on the files the product writes: exceljs (node, from this
/// folder's package-lock.json), openpyxl (Debian's python3-openpyxl) and LibreOffice headless. None is
/// optional: a missing reader fails the test with the package that provides it.</summary>
public static class FileReaders
{
    private static readonly string Folder = Path.Combine(RepositoryRoot(), "tests", "Calcine.Application.Tests", "Files", "Readers");
    private static readonly Lock NpmLock = new();

    /// <summary>{file: {sheet: [[{t, v}]]}} for workbooks, {file: [[text]]} for CSV, as exceljs read them.</summary>
    public static JsonElement ExcelJs(params string[] files)
    {
        lock (NpmLock)
        {
            if (!Directory.Exists(Path.Combine(Folder, "node_modules", "exceljs")))
            {
                Run(Tool("npm", "npm (Debian package npm)"), Folder, "ci", "--no-audit", "--no-fund");
            }
        }

        return JsonDocument.Parse(Run(Tool("node", "node (Debian package nodejs)"), Folder, [Path.Combine(Folder, "read-with-exceljs.mjs"), .. files])).RootElement;
    }

    /// <summary>The same view as <see cref="ExcelJs"/>, read by openpyxl and Python's csv module.</summary>
    public static JsonElement OpenPyxl(params string[] files)
    {
        var python = Tool("/usr/bin/python3", "python3 (Debian package python3)");
        if (Run(python, Folder, ["-c", "import importlib.util; print(importlib.util.find_spec('openpyxl') is not None)"]).Trim() != "True")
        {
            throw new InvalidOperationException("openpyxl is missing: apt-get install -y python3-openpyxl");
        }

        return JsonDocument.Parse(Run(python, Folder, [Path.Combine(Folder, "read_with_openpyxl.py"), .. files])).RootElement;
    }

    /// <summary>Opens each workbook in LibreOffice Calc and saves it again as .xlsx into <paramref name="outDir"/>;
    /// returns the paths of the saved copies (same file names).</summary>
    public static string[] LibreOfficeResave(string outDir, params string[] files)
    {
        var soffice = Tool("soffice", "LibreOffice (Debian package libreoffice-calc-nogui)");
        var profile = Directory.CreateTempSubdirectory("calcine-lo-profile-").FullName;
        Run(soffice, outDir, ["-env:UserInstallation=file://" + profile, "--headless", "--norestore", "--convert-to", "xlsx", "--outdir", outDir, .. files]);
        var saved = files.Select(f => Path.Combine(outDir, Path.GetFileName(f))).ToArray();
        foreach (var s in saved)
        {
            Assert.True(File.Exists(s), $"LibreOffice did not open and save {s}");
        }

        return saved;
    }

    private static string Tool(string name, string package)
    {
        if (Path.IsPathRooted(name))
        {
            return File.Exists(name) ? name : throw new InvalidOperationException($"{name} is missing: install {package}");
        }

        var found = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(d => Path.Combine(d, name)).FirstOrDefault(File.Exists);
        return found ?? throw new InvalidOperationException($"{name} is not on PATH: install {package}");
    }

    private static string Run(string program, string directory, params string[] args)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish in 3 minutes");
        }

        return process.ExitCode == 0 ? stdout : throw new InvalidOperationException($"{program} {string.Join(' ', args)} exited {process.ExitCode}: {stderr.Result}");
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Calcine.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Calcine.slnx not found above " + AppContext.BaseDirectory);
    }
}
