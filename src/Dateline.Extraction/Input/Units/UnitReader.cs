using Dateline.Core.Running;
using Dateline.Extraction.Input.Files;

namespace Dateline.Extraction.Input.Units;

/// <summary>
/// Cuts a collection into <see cref="WorkUnit"/>s and reads one unit back as inputs, both through
/// <see cref="CollectionReader"/>: the same directory walk, and the same pages with the same ids and sources as an
/// ingest of the whole collection. A range of a container is read by enumerating the container and keeping the pages
/// at the range's positions: a container is read from its start for every unit of it, which costs reading, not
/// processing.
/// </summary>
public sealed class UnitReader(CollectionReader reader, UnitOptions? options = null)
{
    private readonly UnitOptions _options = options ?? new UnitOptions();

    /// <summary>
    /// The units of the paths: one per page file, and for WARC and JSON Lines files ranges of
    /// <see cref="UnitOptions.WarcPages"/> or <see cref="UnitOptions.JsonlPages"/> pages (the file is read once to
    /// count them). An empty container gives no unit.
    /// </summary>
    public UnitPlan Plan(IEnumerable<string> paths)
    {
        var units = new List<WorkUnit>();
        var notQueued = new List<InputItem>();
        foreach (var entry in reader.Walk(paths))
        {
            var path = entry.Path.Text;
            var id = DocumentIds.FromPath(path);
            switch (entry.Kind)
            {
                case WalkEntryKind.File:
                    units.AddRange(Cut(path));
                    break;
                case WalkEntryKind.Skipped:
                    notQueued.Add(InputItem.Skipped(id, path, entry.Reason ?? "skipped"));
                    break;
                case WalkEntryKind.NotAFile:
                    notQueued.Add(InputItem.Failed(id, path, Core.Pipeline.ErrorKinds.NotAFile, $"{path}: {entry.Reason}"));
                    break;
                default:
                    notQueued.Add(InputItem.Failed(id, path, entry.Reason is null ? Core.Pipeline.ErrorKinds.NotFound : Core.Pipeline.ErrorKinds.Unreadable, $"{path}: {entry.Reason ?? "no such file or directory"}"));
                    break;
            }
        }

        return new UnitPlan(units, notQueued);
    }

    /// <summary>
    /// The inputs of one unit, read lazily.
    /// </summary>
    /// <exception cref="UnitChangedException">The file is gone or changed since the unit was cut (checked before reading).</exception>
    public IEnumerable<InputItem> Read(WorkUnit unit)
    {
        var file = new FileInfo(unit.Path);
        if (!file.Exists)
        {
            throw new UnitChangedException($"{unit.Path}: no longer exists (it was enqueued, then removed)");
        }

        if (file.Length != unit.Size || file.LastWriteTimeUtc != unit.Modified)
        {
            throw new UnitChangedException($"{unit.Path}: changed since it was enqueued (size or modification time differ); enqueue it again");
        }

        var pages = reader.ReadFile(unit.Path);
        return unit.Kind == WorkUnitKind.File ? pages : pages.Skip(checked((int)unit.First)).Take(checked((int)(unit.Last - unit.First)));
    }

    private IEnumerable<WorkUnit> Cut(string path)
    {
        var file = new FileInfo(path);
        var kind = CollectionReader.KindOf(path);
        if (kind == ContainerKind.Page)
        {
            yield return WorkUnit.Of(WorkUnitKind.File, path, 0, 1, file.Length, file.LastWriteTimeUtc);
            yield break;
        }

        var (unitKind, size) = kind == ContainerKind.Warc ? (WorkUnitKind.WarcRange, _options.WarcPages) : (WorkUnitKind.JsonlBatch, _options.JsonlPages);
        long count = reader.ReadFile(path).LongCount();
        for (long first = 0; first < count; first += size)
        {
            yield return WorkUnit.Of(unitKind, path, first, Math.Min(first + size, count), file.Length, file.LastWriteTimeUtc);
        }
    }
}
