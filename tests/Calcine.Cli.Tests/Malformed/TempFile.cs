namespace Calcine.Cli.Tests.Malformed;

/// <summary>A file in the temp folder that is deleted when the test is done with it.</summary>
internal sealed class TempFile : IDisposable
{
    public TempFile(byte[] contents)
        : this()
    {
        File.WriteAllBytes(Path, contents);
    }

    public TempFile()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"calcine-malformed-{Guid.NewGuid():N}.json");
    }

    public string Path { get; }

    public void Dispose() => File.Delete(Path);
}
