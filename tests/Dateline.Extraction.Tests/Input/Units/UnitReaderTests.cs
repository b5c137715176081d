using Dateline.Core.Running;
using Dateline.Extraction.Input;
using Dateline.Extraction.Input.Units;
using Dateline.Tests;

namespace Dateline.Extraction.Tests.Input.Units;

/// <summary>Cutting a collection into work units and reading a unit back: the same pages, ids and sources as reading the whole collection.</summary>
public sealed class UnitReaderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("dateline-units-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void ADirectoryIsCutIntoAUnitPerPageFileAndBatchesOfLines()
    {
        File.WriteAllText(Path.Combine(_dir, "a.txt"), "A page.");
        File.WriteAllText(Path.Combine(_dir, "b.html"), "<p>Another page.</p>");
        File.WriteAllLines(Path.Combine(_dir, "c.jsonl"), Enumerable.Range(0, 7).Select(i => $"{{\"id\":\"j{i}\",\"text\":\"Story {i}.\"}}"));
        File.WriteAllText(Path.Combine(_dir, "d.png"), "not a page");
        File.WriteAllText(Path.Combine(_dir, ".hidden.txt"), "hidden");

        var plan = new UnitReader(new CollectionReader(), new UnitOptions { JsonlPages = 3 }).Plan([_dir]);

        Assert.Equal(
            [(WorkUnitKind.File, 0L, 1L), (WorkUnitKind.File, 0, 1), (WorkUnitKind.JsonlBatch, 0, 3), (WorkUnitKind.JsonlBatch, 3, 6), (WorkUnitKind.JsonlBatch, 6, 7)],
            plan.Units.Select(u => (u.Kind, u.First, u.Last)));
        Assert.All(plan.Units, u => Assert.True(Path.IsPathRooted(u.Path)));
        Assert.Equal(2, plan.NotQueued.Count);
        Assert.All(plan.NotQueued, i => Assert.NotNull(i.SkipReason));
    }

    [Fact]
    public void UnitIdsAreTheSameForTheSameInputAndChangeWithTheFile()
    {
        var path = Path.Combine(_dir, "a.txt");
        File.WriteAllText(path, "A page.");
        var reader = new UnitReader(new CollectionReader());
        var first = reader.Plan([path]).Units.Single();
        Assert.Equal(first, reader.Plan([Path.Combine(_dir, ".", "a.txt")]).Units.Single());

        File.WriteAllText(path, "A longer page.");
        Assert.NotEqual(first.Id, reader.Plan([path]).Units.Single().Id);
    }

    [Fact]
    public void TheUnitsOfARealWarcTogetherReadWhatTheWholeFileReads()
    {
        var warc = SharedData.Require("data", "warc", "heritrix-datagovuk-2014.warc.gz");
        var collection = new CollectionReader();
        var reader = new UnitReader(collection, new UnitOptions { WarcPages = 7 });
        var units = reader.Plan([warc]).Units;
        var whole = collection.ReadFile(Path.GetFullPath(warc)).ToList();

        Assert.True(units.Count >= 4, $"only {units.Count} units");
        Assert.All(units, u => Assert.Equal(WorkUnitKind.WarcRange, u.Kind));
        var pieces = units.SelectMany(reader.Read).ToList();
        Assert.Equal(whole.Select(i => (i.Id, i.Source, i.ContentHash)), pieces.Select(i => (i.Id, i.Source, i.ContentHash)));
    }

    [Fact]
    public void AUnitWhoseFileIsGoneOrChangedIsRefused()
    {
        var path = Path.Combine(_dir, "a.txt");
        File.WriteAllText(path, "A page.");
        var reader = new UnitReader(new CollectionReader());
        var unit = reader.Plan([path]).Units.Single();

        File.AppendAllText(path, " More.");
        Assert.Contains("changed since it was enqueued", Assert.Throws<UnitChangedException>(() => reader.Read(unit)).Message, StringComparison.Ordinal);
        File.Delete(path);
        Assert.Contains("no longer exists", Assert.Throws<UnitChangedException>(() => reader.Read(unit)).Message, StringComparison.Ordinal);
    }
}
