using System.Diagnostics;
using Dateline.Extraction.Input.Files;

namespace Dateline.Extraction.Tests.Input.Files;

public sealed class FilePathTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("dateline-path-").FullName;

    public void Dispose() => Process.Start("rm", ["-rf", "--", _dir])!.WaitForExit();

    [Fact]
    public void BytesThatAreNotUtf8AreShownAsEscapes()
        => Assert.Equal("caf\\xe9 ü.html", FilePath.Show([.. "caf"u8, 0xE9, .. " ü.html"u8]));

    [Fact]
    public void AShownNameOpensTheFileItStandsFor()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        Process.Start("bash", ["-c", $"printf 'x' > \"$(printf '{_dir}/caf\\351.html')\""])!.WaitForExit();
        var path = FilePath.FromArgument(Path.Combine(_dir, "caf\\xe9.html"));
        Assert.Equal([.. System.Text.Encoding.UTF8.GetBytes(_dir + "/caf"), 0xE9, .. ".html"u8], path.Raw);
        Assert.Equal(Path.Combine(_dir, "caf\\xe9.html"), path.Text);
    }

    [Fact]
    public void AFileNamedWithABackslashXIsTakenAsWritten()
    {
        var literal = Path.Combine(_dir, "a\\x41.txt");
        File.WriteAllText(literal, "x");
        Assert.Equal(System.Text.Encoding.UTF8.GetBytes(literal), FilePath.FromArgument(literal).Raw);
    }
}
