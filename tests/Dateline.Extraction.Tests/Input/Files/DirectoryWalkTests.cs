using Dateline.Extraction.Input.Files;

namespace Dateline.Extraction.Tests.Input.Files;

public sealed class DirectoryWalkTests : IDisposable
{
    private static readonly DirectoryWalk Walk = new([".html", ".txt"]);

    private readonly string _dir = Directory.CreateTempSubdirectory("dateline-walk-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private List<WalkEntry> Entries() => [.. Walk.Walk(FilePath.FromText(_dir))];

    [Fact]
    public void ALinkBackIntoTheWalkIsReportedOnceNotFollowedForever()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "sub"));
        File.WriteAllText(Path.Combine(_dir, "sub", "a.html"), "<p>a</p>");
        File.CreateSymbolicLink(Path.Combine(_dir, "sub", "up"), "..");
        File.CreateSymbolicLink(Path.Combine(_dir, "self"), ".");
        var entries = Entries();
        Assert.Equal(["self", "sub/a.html", "sub/up"], entries.Select(e => e.Relative));
        Assert.Equal(WalkEntryKind.File, entries[1].Kind);
        Assert.All([entries[0], entries[2]], e => Assert.Equal((WalkEntryKind.Skipped, "a directory already read (a link back into the walk)"), (e.Kind, e.Reason)));
    }

    [Fact]
    public void ALinkUpToADirectoryThatHoldsTheWalkIsSkippedButALinkOutsideItIsFollowed()
    {
        var outside = Directory.CreateTempSubdirectory("dateline-walk-outside-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(outside, "o.html"), "<p>o</p>");
            File.CreateSymbolicLink(Path.Combine(_dir, "disk"), "/");
            File.CreateSymbolicLink(Path.Combine(_dir, "parent"), Path.GetDirectoryName(_dir)!);
            File.CreateSymbolicLink(Path.Combine(_dir, "there"), outside);
            var entries = Entries();
            Assert.Equal(["disk", "parent", "there/o.html"], entries.Select(e => e.Relative));
            Assert.All(entries.Take(2), e => Assert.Equal(
                (WalkEntryKind.Skipped, "a link to a directory that holds the walk (it would read the whole tree above it)"), (e.Kind, e.Reason)));
            Assert.Equal(WalkEntryKind.File, entries[2].Kind);
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    [Fact]
    public void AFileReachedTwiceIsReadWhereItComesFirst()
    {
        File.WriteAllText(Path.Combine(_dir, "m.html"), "<p>m</p>");
        File.CreateSymbolicLink(Path.Combine(_dir, "a-link.html"), "m.html");
        File.CreateSymbolicLink(Path.Combine(_dir, "z-link.html"), "m.html");
        var entries = Entries();
        Assert.Equal(
            [("a-link.html", WalkEntryKind.File, null), ("m.html", WalkEntryKind.Skipped, "the same file as a-link.html"), ("z-link.html", WalkEntryKind.Skipped, "the same file as a-link.html")],
            entries.Select(e => (e.Relative, e.Kind, e.Reason)));
    }

    [Fact]
    public void BrokenAndLoopingLinksSayWhichTheyAre()
    {
        File.CreateSymbolicLink(Path.Combine(_dir, "broken.html"), "missing.html");
        File.CreateSymbolicLink(Path.Combine(_dir, "loop.html"), "loop.html");
        var entries = Entries();
        Assert.Equal((WalkEntryKind.Unreadable, "a link to nothing"), (entries[0].Kind, entries[0].Reason));
        Assert.Equal((WalkEntryKind.Unreadable, "a link that cannot be followed: a loop of symbolic links"), (entries[1].Kind, entries[1].Reason));
    }

    [Fact]
    public void PipesAreNotFilesAndHiddenOrForeignFilesAreSkippedWithTheirReason()
    {
        System.Diagnostics.Process.Start("mkfifo", Path.Combine(_dir, "pipe.html"))!.WaitForExit();
        File.WriteAllText(Path.Combine(_dir, ".hidden.html"), "x");
        File.WriteAllText(Path.Combine(_dir, "photo.jpg"), "x");
        var entries = Entries();
        Assert.Equal(
            [(".hidden.html", WalkEntryKind.Skipped, "hidden"), ("photo.jpg", WalkEntryKind.Skipped, "not a page, JSON Lines or WARC file (.jpg)"), ("pipe.html", WalkEntryKind.NotAFile, "a named pipe, not a file")],
            entries.Select(e => (e.Relative, e.Kind, e.Reason)));
    }
}
