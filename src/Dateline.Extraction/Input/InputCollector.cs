using Dateline.Core.Model;
using Dateline.Core.Pipeline;

namespace Dateline.Extraction.Input;

/// <summary>
/// Turns command-line paths into pages: files, directories (recursively, in ordinal order of their relative paths,
/// so every run sees the same order) and stdin ("-"). A file that cannot be read becomes a failed item; reading
/// never throws for a bad input.
/// </summary>
public sealed class InputCollector
{
    private readonly InputOptions _options;
    private readonly Func<Stream> _openStdin;

    public InputCollector(InputOptions? options = null, Func<Stream>? openStdin = null)
    {
        _options = options ?? InputOptions.Default;
        _openStdin = openStdin ?? Console.OpenStandardInput;
    }

    public IEnumerable<InputItem> Collect(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (path == "-")
            {
                yield return ReadStdin();
            }
            else if (Directory.Exists(path))
            {
                foreach (var file in EnumerateDirectory(path))
                {
                    yield return ReadFile(file);
                }
            }
            else
            {
                yield return ReadFile(path);
            }
        }
    }

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

    public InputItem ReadStdin()
    {
        try
        {
            using var stdin = _openStdin();
            using var buffer = new MemoryStream();
            stdin.CopyTo(buffer);
            return FromBytes("stdin", "-", buffer.ToArray());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return InputItem.Failed("stdin", "-", ErrorKinds.Unreadable, $"stdin: {e.Message}");
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
