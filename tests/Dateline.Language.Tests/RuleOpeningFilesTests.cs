namespace Dateline.Language.Tests;

public class RuleOpeningFilesTests
{
    /// <summary>
    /// The openings shipped beside the time rules and the quote cues are those their patterns give now: writing them
    /// again (`dateline train openings --src src/Dateline.Language`) gives the same bytes as the embedded file and as
    /// the file in the source tree. Fails after a change to those rules or their word lists until the files are
    /// written again.
    /// </summary>
    [Fact]
    public void TheShippedOpeningsAreThoseTheRulesGive()
    {
        Assert.NotEmpty(ResourceText.OpeningFiles);
        var source = SourceFolder();
        foreach (var (path, scanner) in ResourceText.OpeningFiles)
        {
            var written = scanner().WriteOpenings();
            var shipped = ResourceText.Bytes(Path.GetFileName(path));
            Assert.NotNull(shipped);
            Assert.True(written.AsSpan().SequenceEqual(shipped), $"{path} is stale: run `dateline train openings --src src/Dateline.Language`");
            Assert.True(written.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(source, path))), $"{path} in the source tree differs from the build's");
        }
    }

    /// <summary>The command writes the files into a Dateline.Language project folder only.</summary>
    [Fact]
    public void WritesIntoTheLanguageProjectOnly()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            Assert.Throws<ArgumentException>(() => RuleOpeningFiles.Write(dir.FullName));
            File.WriteAllText(Path.Combine(dir.FullName, "Dateline.Language.csproj"), "");
            foreach (var (path, _) in ResourceText.OpeningFiles)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(dir.FullName, path))!);
            }

            Assert.Equal(ResourceText.OpeningFiles.Count, RuleOpeningFiles.Write(dir.FullName).Count);
            foreach (var (path, _) in ResourceText.OpeningFiles)
            {
                Assert.Equal(ResourceText.Bytes(Path.GetFileName(path)), File.ReadAllBytes(Path.Combine(dir.FullName, path)));
            }
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static string SourceFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "Dateline.Language");
            if (File.Exists(Path.Combine(candidate, "Dateline.Language.csproj")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("src/Dateline.Language above the test's folder");
    }
}
