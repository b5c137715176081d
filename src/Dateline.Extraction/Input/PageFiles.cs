using Dateline.Core.Model;
using Dateline.Core.Pipeline;
using Dateline.Core.Running;
using Dateline.Extraction.Input.Files;

namespace Dateline.Extraction.Input;

/// <summary>
/// One page file read whole for <see cref="CollectionReader"/> (gzip unwrapped, limits checked). A file that cannot be
/// read becomes a failed item; reading never throws for a bad input.
/// </summary>
internal sealed class PageFiles(InputOptions options)
{
    private readonly InputOptions _options = options;

    /// <summary>Opens a file by its raw name where the system allows it (names need not be UTF-8).</summary>
    public static Stream Open(FilePath path) => UnixFiles.Available ? UnixFiles.OpenRead(path.Raw) : File.OpenRead(path.Text);

    public InputItem ReadFile(FilePath path, long size)
    {
        var id = DocumentIds.FromPath(path.Text);
        if (size > _options.MaxPageBytes * 4)
        {
            return InputItem.Failed(id, path.Text, ErrorKinds.Oversize, $"{path}: file of {size} bytes exceeds the page limit of {_options.MaxPageBytes} bytes");
        }

        try
        {
            using var stream = Open(path);
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            return FromBytes(id, path.Text, buffer.ToArray());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return InputItem.Failed(id, path.Text, ErrorKinds.Unreadable, $"{path}: {e.Message}");
        }
    }

    /// <summary>Unwraps gzip and checks limits; decoding to text happens in the pipeline.</summary>
    public InputItem FromBytes(string id, string source, byte[] bytes)
    {
        var warnings = new List<string>();
        if (GzipReader.IsGzip(bytes))
        {
            try
            {
                var unwrapped = GzipReader.Decompress(bytes, _options.MaxPageBytes);
                bytes = unwrapped.Bytes;
                if (unwrapped.Truncated)
                {
                    if (bytes.Length == 0)
                    {
                        return InputItem.Failed(id, source, ErrorKinds.Truncated, $"{source}: {unwrapped.Damage}; nothing could be decompressed");
                    }

                    warnings.Add($"truncated: {unwrapped.Damage}; the first {bytes.Length} bytes were read");
                }
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

        return InputItem.Read(new RawPage(id, source, bytes) { Warnings = warnings });
    }
}
