using Dateline.Core.Pipeline;
using Dateline.Core.Running;
using Dateline.Extraction.Input.Files;
using Dateline.Extraction.Input.JsonLines;
using Dateline.Extraction.Input.Warc;

namespace Dateline.Extraction.Input;

/// <summary>
/// The one input reader of every command: streams every page of a collection: files and directories (recursively,
/// in a stable order), stdin ("-"), gzip, JSON Lines files (a page per line) and WARC files (a page per HTML
/// response). Containers are read record by record, never whole, so memory does not grow with their size. Reading
/// never throws for bad input: what cannot be read becomes a failed item naming the path, line or record offset.
/// </summary>
public sealed class CollectionReader
{
    private static readonly string[] JsonLinesEndings = [".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz"];
    private static readonly string[] WarcEndings = [".warc", ".warc.gz"];

    private readonly InputOptions _options;
    private readonly PageFiles _pages;
    private readonly Func<Stream> _openStdin;

    public CollectionReader(InputOptions? options = null, Func<Stream>? openStdin = null)
    {
        var o = options ?? InputOptions.Default;
        _options = o with { DirectoryExtensions = [.. o.DirectoryExtensions, .. JsonLinesEndings, .. WarcEndings] };
        _openStdin = openStdin ?? Console.OpenStandardInput;
        _pages = new PageFiles(_options);
    }

    /// <summary>
    /// The inputs the paths name (directories walked once, in a stable order), adding their total size to
    /// <paramref name="progress"/> first. Every place the walk passes over comes out too, as a skipped item with its
    /// reason; named pipes, sockets and devices come out as failures of kind <c>not-a-file</c>, never opened.
    /// </summary>
    public IEnumerable<InputItem> Read(IEnumerable<string> paths, ReadProgress? progress = null)
    {
        progress ??= new ReadProgress();
        var walk = new DirectoryWalk(_options.DirectoryExtensions);
        var list = paths.ToList();
        var named = list.Select(p => p == "-" ? null : Name(p, walk)).ToList();
        var index = 0;
        foreach (var path in list)
        {
            var entries = named[index++];
            if (entries is null)
            {
                foreach (var item in ReadStdin())
                {
                    yield return item;
                }

                continue;
            }

            foreach (var entry in entries)
            {
                progress.AddTotal(entry.Kind == WalkEntryKind.File ? entry.Size : 0);
            }

            foreach (var entry in entries)
            {
                var id = DocumentIds.FromPath(entry.Path.Text);
                switch (entry.Kind)
                {
                    case WalkEntryKind.File:
                        foreach (var item in ReadFile(entry.Path, entry.Size, progress))
                        {
                            yield return item;
                        }

                        break;
                    case WalkEntryKind.Skipped:
                        yield return InputItem.Skipped(id, entry.Path.Text, entry.Reason ?? "skipped");
                        break;
                    case WalkEntryKind.NotAFile:
                        yield return InputItem.Failed(id, entry.Path.Text, ErrorKinds.NotAFile, $"{entry.Path}: {entry.Reason}");
                        break;
                    default:
                        yield return InputItem.Failed(id, entry.Path.Text, entry.Reason is null ? ErrorKinds.NotFound : ErrorKinds.Unreadable, $"{entry.Path}: {entry.Reason ?? "no such file or directory"}");
                        break;
                }
            }
        }
    }

    /// <summary>
    /// The places the paths name, directories walked exactly as <see cref="Read"/> walks them (stdin, "-", is no place
    /// and is left out): files to read, and what the walk passed over or could not open, with the reason.
    /// </summary>
    public IEnumerable<WalkEntry> Walk(IEnumerable<string> paths)
    {
        var walk = new DirectoryWalk(_options.DirectoryExtensions);
        return paths.Where(p => p != "-").SelectMany(p => Name(p, walk));
    }

    /// <summary>The pages of one file: a page file, or every record of a JSON Lines or WARC file (told by its name).</summary>
    public IEnumerable<InputItem> ReadFile(string path, ReadProgress? progress = null)
    {
        var file = FilePath.FromArgument(path);
        var (kind, _, size, reason) = DirectoryWalk.Examine(file);
        return kind == WalkEntryKind.File
            ? ReadFile(file, size, progress ?? new ReadProgress())
            : [Unreadable(file, kind, reason)];
    }

    /// <summary>The pages of a file read as JSON Lines whatever its name ({"id"?, "url"?, "date"?, "title"?, "source"?, "html"? or "text"?} a line).</summary>
    public IEnumerable<InputItem> ReadJsonLines(string path, ReadProgress? progress = null)
    {
        progress ??= new ReadProgress();
        var file = FilePath.FromArgument(path);
        var (kind, _, size, reason) = DirectoryWalk.Examine(file);
        if (kind != WalkEntryKind.File)
        {
            return [Unreadable(file, kind, reason)];
        }

        progress.AddTotal(size);
        return ReadContainer(file, ContainerKind.JsonLines, progress);
    }

    /// <summary>One page file, read whole (gzip unwrapped); a failed item when it cannot be read.</summary>
    public InputItem ReadPage(string path)
    {
        var file = FilePath.FromArgument(path);
        var (kind, _, size, reason) = DirectoryWalk.Examine(file);
        return kind == WalkEntryKind.File ? _pages.ReadFile(file, size) : Unreadable(file, kind, reason);
    }

    /// <summary>A page from bytes already in memory (gzip unwrapped, limits checked).</summary>
    public InputItem PageFromBytes(string id, string source, byte[] bytes) => _pages.FromBytes(id, source, bytes);

    /// <summary>A named path: a directory's walk, or the path itself as the one entry.</summary>
    private static IReadOnlyList<WalkEntry> Name(string path, DirectoryWalk walk)
    {
        var file = FilePath.FromArgument(path);
        var (kind, directory, size, reason) = DirectoryWalk.Examine(file);
        return directory ? walk.Walk(file) : [new WalkEntry(file, path, kind, reason, size)];
    }

    private static InputItem Unreadable(FilePath file, WalkEntryKind kind, string? reason)
    {
        var id = DocumentIds.FromPath(file.Text);
        return kind == WalkEntryKind.NotAFile
            ? InputItem.Failed(id, file.Text, ErrorKinds.NotAFile, $"{file}: {reason}")
            : InputItem.Failed(id, file.Text, reason is null ? ErrorKinds.NotFound : ErrorKinds.Unreadable, $"{file}: {reason ?? "no such file or directory"}");
    }

    private IEnumerable<InputItem> ReadFile(FilePath file, long size, ReadProgress progress)
    {
        var kind = KindOf(file.Text);
        if (kind == ContainerKind.Page)
        {
            var item = _pages.ReadFile(file, size);
            progress.Advance(size);
            return [item];
        }

        return ReadContainer(file, kind, progress);
    }

    private IEnumerable<InputItem> ReadContainer(FilePath file, ContainerKind kind, ReadProgress progress)
    {
        var path = file.Text;
        var id = DocumentIds.FromPath(path);
        Stream? stream = null;
        InputItem? failure = null;
        try
        {
            stream = WarcReader.Unwrap(new CountingStream(PageFiles.Open(file), progress));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            failure = InputItem.Failed(id, path, ErrorKinds.Unreadable, $"{path}: {e.Message}");
        }

        if (failure is not null || stream is null)
        {
            yield return failure!;
            yield break;
        }

        using (stream)
        {
            var items = kind == ContainerKind.Warc
                ? new WarcPageReader(_options).Read(stream, path, id)
                : new JsonLinesReader(_options).Read(stream, path, id);
            using var enumerator = items.GetEnumerator();
            while (true)
            {
                InputItem? next = null;
                var done = false;
                try
                {
                    done = !enumerator.MoveNext();
                    if (!done)
                    {
                        next = enumerator.Current;
                    }
                }
                catch (Exception e) when (e is IOException or InvalidDataException)
                {
                    // A gzip layer cut off or corrupt mid-file: what came before is kept, the rest is one failure.
                    next = InputItem.Failed($"{id}-rest", $"{path}@end", ErrorKinds.Truncated, $"{path}: the file is damaged after this point: {e.Message}");
                    done = true;
                }

                if (next is not null)
                {
                    yield return next;
                }

                if (done)
                {
                    yield break;
                }
            }
        }
    }

    /// <summary>
    /// Stdin has no name to go by: WARC and JSON Lines are told by their first bytes and streamed record by record;
    /// anything else is one page.
    /// </summary>
    private IEnumerable<InputItem> ReadStdin()
    {
        Stream stream;
        RecordingStream raw;
        byte[] head;
        try
        {
            raw = new RecordingStream(_openStdin());
            stream = WarcReader.Unwrap(raw);
            head = new byte[5];
            var n = 0;
            while (n < head.Length && stream.Read(head, n, head.Length - n) is var read and > 0)
            {
                n += read;
            }

            head = head[..n];
            stream = new PrefixedStream(head, stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or InvalidDataException)
        {
            return [InputItem.Failed("stdin", "-", ErrorKinds.Unreadable, $"stdin: {e.Message}")];
        }

        // The raw bytes are kept only for a gzipped page: WARC and JSON Lines are streamed, a plain page read once.
        var trimmed = head.AsSpan().TrimStart(" \t\r\n"u8);
        var container = WarcReader.LooksLikeWarc(head) || (!trimmed.IsEmpty && trimmed[0] == '{');
        if (container || !GzipReader.IsGzip(raw.Recorded))
        {
            raw.StopRecording();
        }

        if (WarcReader.LooksLikeWarc(head))
        {
            return ReadStream(stream, ContainerKind.Warc);
        }

        if (!trimmed.IsEmpty && trimmed[0] == '{')
        {
            return ReadStream(stream, ContainerKind.JsonLines);
        }

        return [raw.Recording ? ReadStdinGzippedPage(stream, raw) : ReadStdinPage(stream)];
    }

    /// <summary>
    /// A gzipped page on stdin, unwrapped whole as a file's is (<see cref="PageFiles.FromBytes"/>): the streaming
    /// decoder loses the page when its trailer's checksum is wrong, the whole-stream reader salvages it with a warning.
    /// </summary>
    private InputItem ReadStdinGzippedPage(Stream stream, RecordingStream raw)
    {
        using (stream)
        {
            try
            {
                // The limit of a page file's size on disk (PageFiles.ReadFile), here on the compressed bytes.
                return raw.ReadToEnd(_options.MaxPageBytes * 4) is { } compressed
                    ? _pages.FromBytes("stdin", "-", compressed)
                    : InputItem.Failed("stdin", "-", ErrorKinds.Oversize, $"stdin: more than {_options.MaxPageBytes * 4} compressed bytes (four times the page limit of {_options.MaxPageBytes} bytes)");
            }
            catch (IOException e)
            {
                return InputItem.Failed("stdin", "-", ErrorKinds.Unreadable, $"stdin: {e.Message}");
            }
        }
    }

    private IEnumerable<InputItem> ReadStream(Stream stream, ContainerKind kind)
    {
        using (stream)
        {
            var items = kind == ContainerKind.Warc ? new WarcPageReader(_options).Read(stream, "-", "stdin") : new JsonLinesReader(_options).Read(stream, "-", "stdin");
            foreach (var item in items)
            {
                yield return item;
            }
        }
    }

    private InputItem ReadStdinPage(Stream stream)
    {
        using (stream)
        {
            try
            {
                using var buffer = new MemoryStream();
                var chunk = new byte[81920];
                int n;
                while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
                {
                    buffer.Write(chunk, 0, n);
                    if (buffer.Length > _options.MaxPageBytes)
                    {
                        return InputItem.Failed("stdin", "-", ErrorKinds.Oversize, $"stdin: more than the page limit of {_options.MaxPageBytes} bytes");
                    }
                }

                return _pages.FromBytes("stdin", "-", buffer.ToArray());
            }
            catch (Exception e) when (e is IOException or InvalidDataException)
            {
                return InputItem.Failed("stdin", "-", ErrorKinds.Truncated, $"stdin: {e.Message}");
            }
        }
    }

    /// <summary>How the reader takes a file, told by its name: a page, or a JSON Lines or WARC container read record by record.</summary>
    internal static ContainerKind KindOf(string path)
    {
        if (JsonLinesEndings.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
        {
            return ContainerKind.JsonLines;
        }

        if (WarcEndings.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
        {
            return ContainerKind.Warc;
        }

        return ContainerKind.Page;
    }

}
