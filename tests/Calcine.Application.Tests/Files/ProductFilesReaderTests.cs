namespace Calcine.Application.Tests.Files;

/// <summary>Every workbook and CSV the product writes opens in exceljs, openpyxl and LibreOffice, and
/// each reader sees the values the writer was given: numbers as numbers, booleans as booleans, text
/// that starts like a formula escaped, empty cells empty.</summary>
public sealed class ProductFilesReaderTests
{
    private static string WriteAll(out string[] workbooks, out string[] csvs)
    {
        var dir = Directory.CreateTempSubdirectory("calcine-files-").FullName;
        workbooks = [.. ProductFiles.Workbooks().Select(w => Save(dir, w.Name, w.Book.ToBytes()))];
        csvs = [.. ProductFiles.Csvs().Select(c => Save(dir, c.Name, c.Bytes))];
        return dir;
    }

    private static string Save(string dir, string name, byte[] bytes)
    {
        var path = Path.Combine(dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void Workbooks_ReadByExcelJs_SameCellsAsWritten()
    {
        var dir = WriteAll(out var files, out _);
        var read = FileReaders.ExcelJs(files);
        foreach (var (name, book) in ProductFiles.Workbooks())
        {
            ReadBack.AssertWorkbook(book, read.GetProperty(Path.Combine(dir, name)), "exceljs " + name);
        }
    }

    [Fact]
    public void Workbooks_ReadByOpenPyxl_SameCellsAsWritten()
    {
        var dir = WriteAll(out var files, out _);
        var read = FileReaders.OpenPyxl(files);
        foreach (var (name, book) in ProductFiles.Workbooks())
        {
            ReadBack.AssertWorkbook(book, read.GetProperty(Path.Combine(dir, name)), "openpyxl " + name);
        }
    }

    [Fact]
    public void Workbooks_OpenedAndSavedByLibreOffice_SameCellsAsWritten()
    {
        WriteAll(out var files, out _);
        var resaved = Directory.CreateTempSubdirectory("calcine-lo-").FullName;
        var copies = FileReaders.LibreOfficeResave(resaved, files);
        var read = FileReaders.OpenPyxl(copies);
        foreach (var (name, book) in ProductFiles.Workbooks())
        {
            ReadBack.AssertWorkbook(book, read.GetProperty(Path.Combine(resaved, name)), "LibreOffice " + name, booleanAsFormula: true);
        }
    }

    [Fact]
    public void Csvs_ReadByExcelJsAndPython_SameFieldsAsWritten()
    {
        var dir = WriteAll(out _, out var files);
        var exceljs = FileReaders.ExcelJs(files);
        var python = FileReaders.OpenPyxl(files);
        foreach (var (name, header, rows, _) in ProductFiles.Csvs())
        {
            ReadBack.AssertCsv(header, rows, python.GetProperty(Path.Combine(dir, name)), "python csv " + name);
            ReadBack.AssertCsv(header, rows, exceljs.GetProperty(Path.Combine(dir, name)), "exceljs " + name);
        }
    }
}
