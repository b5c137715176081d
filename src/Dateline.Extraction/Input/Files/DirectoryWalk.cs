namespace Dateline.Extraction.Input.Files;

/// <summary>
/// Walks a directory tree for the reader, in ordinal order of relative paths so every run sees the same order. Links
/// are followed, but a directory is entered once (by device and inode), so a link back into the walk ends instead of
/// looping, a link up to a directory that holds the walk ("/proc/self/root", "..") is skipped with its reason, and a
/// file reached twice is read once. Named pipes, sockets and devices are reported, never opened; hidden
/// entries and files that are not pages, JSON Lines or WARC are reported as skipped with the reason.
/// </summary>
public sealed class DirectoryWalk(IReadOnlyList<string> pageEndings)
{
    public IReadOnlyList<WalkEntry> Walk(FilePath root)
        => UnixFiles.Available ? WalkUnix(root) : WalkManaged(root);

    /// <summary>What a named path is: a regular file, a directory, or not a file (the reason), following links.</summary>
    public static (WalkEntryKind Kind, bool Directory, long Size, string? Reason) Examine(FilePath path)
    {
        if (UnixFiles.Available)
        {
            if (UnixFiles.Stat(path.Raw, followLinks: true, out var why) is not { } status)
            {
                return UnixFiles.Stat(path.Raw, followLinks: false) is { Type: FileKind.Link }
                    ? (WalkEntryKind.Unreadable, false, 0, LinkTrouble(why))
                    : (WalkEntryKind.Unreadable, false, 0, why == "no such file or directory" ? null : why);
            }

            return status.Type switch
            {
                FileKind.Regular => (WalkEntryKind.File, false, status.Size, null),
                FileKind.Directory => (WalkEntryKind.File, true, 0, null),
                var other => (WalkEntryKind.NotAFile, false, 0, NotAFile(other)),
            };
        }

        return Directory.Exists(path.Text) ? (WalkEntryKind.File, true, 0, null)
            : File.Exists(path.Text) ? (WalkEntryKind.File, false, new FileInfo(path.Text).Length, null)
            : (WalkEntryKind.Unreadable, false, 0, null);
    }

    /// <summary>Why a link cannot be followed: it points at nothing, or round in a loop (a link to itself).</summary>
    private static string LinkTrouble(string? why)
        => why is null or "no such file or directory" ? "a link to nothing" : $"a link that cannot be followed: {why}";

    private static string NotAFile(FileKind kind) => kind switch
    {
        FileKind.Pipe => "a named pipe, not a file",
        FileKind.Socket => "a socket, not a file",
        FileKind.Device => "a device, not a file",
        _ => "not a regular file",
    };

    private List<WalkEntry> WalkUnix(FilePath root)
    {
        var entries = new List<WalkEntry>();
        var directories = new HashSet<(ulong, ulong)>();
        var fileIds = new Dictionary<WalkEntry, (ulong, ulong)>(ReferenceEqualityComparer.Instance);
        if (UnixFiles.Stat(root.Raw, followLinks: true) is { } top)
        {
            directories.Add((top.Device, top.Inode));
        }

        var above = DirectoriesAbove(root);

        void Enter(FilePath directory, string relative)
        {
            if (UnixFiles.List(directory.Raw) is not { } names)
            {
                entries.Add(new WalkEntry(directory, relative, WalkEntryKind.Unreadable, "the directory cannot be listed", 0));
                return;
            }

            // Each level in ordinal order, so which of two links into one directory is entered is the same every run.
            names.Sort((a, b) => a.AsSpan().SequenceCompareTo(b));
            foreach (var name in names)
            {
                var path = directory.Child(name);
                var shown = FilePath.Show(name);
                var here = relative.Length == 0 ? shown : relative + "/" + shown;
                if (name[0] == (byte)'.')
                {
                    entries.Add(new WalkEntry(path, here, WalkEntryKind.Skipped, "hidden", 0));
                    continue;
                }

                if (UnixFiles.Stat(path.Raw, followLinks: true, out var why) is not { } status)
                {
                    var isLink = UnixFiles.Stat(path.Raw, followLinks: false) is { Type: FileKind.Link };
                    entries.Add(new WalkEntry(path, here, WalkEntryKind.Unreadable, isLink ? LinkTrouble(why) : why, 0));
                    continue;
                }

                switch (status.Type)
                {
                    case FileKind.Directory when above.Contains((status.Device, status.Inode)):
                        entries.Add(new WalkEntry(path, here, WalkEntryKind.Skipped, "a link to a directory that holds the walk (it would read the whole tree above it)", 0));
                        break;
                    case FileKind.Directory when !directories.Add((status.Device, status.Inode)):
                        entries.Add(new WalkEntry(path, here, WalkEntryKind.Skipped, "a directory already read (a link back into the walk)", 0));
                        break;
                    case FileKind.Directory:
                        Enter(path, here);
                        break;
                    case FileKind.Regular when !IsPage(here):
                        entries.Add(new WalkEntry(path, here, WalkEntryKind.Skipped, NotAPage(here), status.Size));
                        break;
                    case FileKind.Regular:
                        var entry = new WalkEntry(path, here, WalkEntryKind.File, null, status.Size);
                        fileIds[entry] = (status.Device, status.Inode);
                        entries.Add(entry);
                        break;
                    default:
                        entries.Add(new WalkEntry(path, here, WalkEntryKind.NotAFile, NotAFile(status.Type), 0));
                        break;
                }
            }
        }

        Enter(root, string.Empty);
        entries.Sort((a, b) => string.CompareOrdinal(a.Relative, b.Relative));

        // A file reached twice (hard or symbolic links) is read where it comes first in reading order.
        var firsts = new Dictionary<(ulong, ulong), string>();
        for (var i = 0; i < entries.Count; i++)
        {
            if (fileIds.TryGetValue(entries[i], out var id) && !firsts.TryAdd(id, entries[i].Relative))
            {
                entries[i] = entries[i] with { Kind = WalkEntryKind.Skipped, Reason = $"the same file as {firsts[id]}" };
            }
        }

        return entries;
    }

    /// <summary>
    /// The directories above the root, up to the file system's top (by device and inode, through "..": links in the root's
    /// own path do not matter). A link to one of them would walk everything under it, the whole disk for "/proc/self/root".
    /// </summary>
    private static HashSet<(ulong, ulong)> DirectoriesAbove(FilePath root)
    {
        var above = new HashSet<(ulong, ulong)>();
        var up = root;
        for (var depth = 0; depth < 4096; depth++)
        {
            up = up.Child(".."u8.ToArray());
            if (UnixFiles.Stat(up.Raw, followLinks: true) is not { Type: FileKind.Directory } status || !above.Add((status.Device, status.Inode)))
            {
                break;
            }
        }

        return above;
    }

    /// <summary>Where the Linux calls are missing: .NET's enumeration, links not followed (so never into a loop).</summary>
    private List<WalkEntry> WalkManaged(FilePath root)
    {
        var entries = new List<WalkEntry>();
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint };
        try
        {
            foreach (var file in Directory.EnumerateFiles(root.Text, "*", options))
            {
                var relative = Path.GetRelativePath(root.Text, file).Replace('\\', '/');
                var path = FilePath.FromText(file);
                var size = new FileInfo(file).Length;
                var hidden = relative.Split('/').Any(part => part.StartsWith('.'));
                entries.Add(hidden ? new WalkEntry(path, relative, WalkEntryKind.Skipped, "hidden", size)
                    : IsPage(relative) ? new WalkEntry(path, relative, WalkEntryKind.File, null, size)
                    : new WalkEntry(path, relative, WalkEntryKind.Skipped, NotAPage(relative), size));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            entries.Add(new WalkEntry(root, string.Empty, WalkEntryKind.Unreadable, e.Message, 0));
        }

        entries.Sort((a, b) => string.CompareOrdinal(a.Relative, b.Relative));
        return entries;
    }

    private bool IsPage(string name) => pageEndings.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    private static string NotAPage(string name)
    {
        var extension = Path.GetExtension(name);
        return extension.Length == 0 ? "not a page, JSON Lines or WARC file (no extension)" : $"not a page, JSON Lines or WARC file ({extension})";
    }
}
