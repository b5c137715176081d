using Dateline.Core.Model;
using Dateline.Core.Pipeline;
using Dateline.Core.Running;

namespace Dateline.Extraction.Input;

/// <summary>
/// Single page files for <see cref="CollectionReader"/>: a directory's files (recursively, in ordinal order of their
/// relative paths, so every run sees the same order), and one file read whole (gzip unwrapped, limits checked). A
/// file that cannot be read becomes a failed item; reading never throws for a bad input.
/// </summary>
internal sealed class PageFiles(InputOptions options)
{
    private readonly InputOptions _options = options;

    public IEnumerable<string> EnumerateDirectory(string directory)
    {
        IEnumerable<string> files;
        try
        {
            files = Directory.EnumerateFiles(directory, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System })
                .Where(f => _options.DirectoryExtensions.Any(e => f.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
                .Select(f => (Full: f, Relative: Path.GetRelativePath(directory, f)))
                .OrderBy(f => f.Relative, StringComparer.Ordinal)
                .Select(f => f.Full)
                .ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            files = [];
        }

        return files;
    }

    public InputItem ReadFile(string path)
    {
        var id = DocumentIds.FromPath(path);
        if (!File.Exists(path))
        {
            return InputItem.Failed(id, path, ErrorKinds.NotFound, $"{path}: no such file or directory");
        }

        try
        {
            var length = new FileInfo(path).Length;
            if (length > _options.MaxPageBytes * 4)
            {
                return InputItem.Failed(id, path, ErrorKinds.Oversize, $"{path}: file of {length} bytes exceeds the page limit of {_options.MaxPageBytes} bytes");
            }

            return FromBytes(id, path, File.ReadAllBytes(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return InputItem.Failed(id, path, ErrorKinds.Unreadable, $"{path}: {e.Message}");
        }
    }

    /// <summary>Unwraps gzip and checks limits; decoding to text happens in the pipeline.</summary>
    public InputItem FromBytes(string id, string source, byte[] bytes)
    {
        if (GzipReader.IsGzip(bytes))
        {
            try
            {
                bytes = GzipReader.Decompress(bytes, _options.MaxPageBytes);
            }
            catch (OversizeException e)
            {
                return InputItem.Failed(id, source, ErrorKinds.Oversize, $"{source}: {e.Message}");
            }
            catch (InvalidDataException e)
            {
                return InputItem.Failed(id, source, ErrorKinds.Truncated, $"{source}: {e.Message}");
            }
        }

        if (bytes.Length > _options.MaxPageBytes)
        {
            return InputItem.Failed(id, source, ErrorKinds.Oversize, $"{source}: {bytes.Length} bytes exceed the page limit of {_options.MaxPageBytes} bytes");
        }

        return InputItem.Read(new RawPage(id, source, bytes));
    }
}
