using System.IO.Compression;
using System.Text;

namespace Dateline.Extraction.Input.Warc;

/// <summary>
/// Streams the records of a WARC file (ISO 28500; also WARC/0.18 and 0.17), plain or gzip-compressed (one member per
/// record, or one for all). Records are framed by the WARC Content-Length only, never by anything inside the block.
/// Damage never throws: a record whose header cannot be read is returned as <see cref="WarcMalformedRecord"/> and the
/// reader skips to the next line that starts a record; a stream that ends early returns the partial block marked
/// <see cref="WarcRecord.Truncated"/>; a damaged gzip member is a malformed entry and reading goes on with the next
/// member (<see cref="ResyncingGzipStream"/>); a block that claims more than the page limit and runs into the next
/// record's version line ends there.
/// </summary>
public sealed class WarcReader
{
    private static readonly byte[] Magic = "WARC/"u8.ToArray();

    // Records read again after a damaged gzip member lie within a few KB of it: far fewer than this many records.
    private const int RecentRecordIds = 256;

    // The blank line that ends a record and the version line of the next one.
    private static readonly byte[] RecordBoundary = "\r\n\r\nWARC/"u8.ToArray();
    private readonly WarcReaderOptions _options;

    public WarcReader(WarcReaderOptions? options = null)
    {
        _options = options ?? WarcReaderOptions.Default;
    }

    /// <summary>True when the bytes start like a WARC file (after any gzip layer has been removed).</summary>
    public static bool LooksLikeWarc(ReadOnlySpan<byte> head) => head.StartsWith(Magic);

    /// <summary>Opens a stream for reading, unwrapping gzip (told by its magic bytes) so the reader sees WARC text.</summary>
    public static Stream Unwrap(Stream stream)
    {
        var buffered = new BufferedStream(stream, 1 << 16);
        Span<byte> head = stackalloc byte[2];
        var n = buffered.Read(head);
        var prefix = head[..n].ToArray();
        var joined = new PrefixedStream(prefix, buffered);
        return n == 2 && head[0] == 0x1f && head[1] == 0x8b ? new ResyncingGzipStream(joined) : joined;
    }

    /// <summary>The records, each a <see cref="WarcRecord"/> or a <see cref="WarcMalformedRecord"/>.</summary>
    public IEnumerable<object> Read(Stream warc)
    {
        var reader = new ByteLineReader(warc);
        var index = 0;
        var recent = new RecentIds(RecentRecordIds);
        var resynced = false;
        while (true)
        {
            object? next;
            var corrupt = false;
            try
            {
                next = ReadOne(reader, index);
            }
            catch (GzipDamageException e)
            {
                // A damaged member: the record it held is lost, and the stream goes on with the next member (the
                // reader's resync finds the record that starts it).
                next = new WarcMalformedRecord(index, reader.Offset, e.Message);
                resynced = true;
            }
            catch (InvalidDataException e)
            {
                // The gzip layer is corrupt: nothing after this point can be framed.
                next = new WarcMalformedRecord(index, reader.Offset, $"compressed data is corrupt: {e.Message}");
                corrupt = true;
            }

            if (corrupt)
            {
                yield return next!;
                yield break;
            }

            if (next is null)
            {
                yield break;
            }

            // The member after a damaged one is looked for from the bytes of the damage, so a record just read may
            // be read again: it is passed over.
            if (next is WarcRecord { } read && read.Header("WARC-Record-ID") is { } id && !recent.Add(id) && resynced)
            {
                continue;
            }

            index++;
            yield return next;
        }
    }

    private object? ReadOne(ByteLineReader reader, int index)
    {
        // Records are separated by CRLF CRLF; tolerate any number of blank lines.
        byte[]? line;
        long offset;
        do
        {
            offset = reader.Offset;
            line = reader.ReadLine(_options.MaxHeaderLine, out _);
            if (line is null)
            {
                return null;
            }
        }
        while (line.Length == 0 || IsBlank(line));

        if (!line.AsSpan().StartsWith(Magic))
        {
            var skipped = Resync(reader);
            return new WarcMalformedRecord(index, offset, $"no WARC version line at byte {offset} ({skipped} bytes skipped to the next record)");
        }

        var version = Encoding.ASCII.GetString(line).Trim();
        var headers = new List<KeyValuePair<string, string>>();

        // The last field's folded continuation lines, joined once the field ends: joining them line by line copied
        // the value for every line (400,000 folded lines took 32 s).
        StringBuilder? folded = null;
        void EndField()
        {
            if (folded is not null)
            {
                headers[^1] = new(headers[^1].Key, folded.ToString());
                folded = null;
            }
        }

        var lines = 0;
        long bytes = 0;
        while (true)
        {
            var field = reader.ReadLine(_options.MaxHeaderLine, out var tooLong);
            if (field is null)
            {
                return new WarcMalformedRecord(index, offset, $"record at byte {offset} ends inside its header");
            }

            bytes += field.Length;
            if (tooLong || (field.Length > 0 && ++lines > _options.MaxHeaderFields) || bytes > _options.MaxHeaderBytes)
            {
                var skipped = Resync(reader);
                return new WarcMalformedRecord(index, offset, $"record at byte {offset} has an oversized header ({skipped} bytes skipped)");
            }

            if (field.Length == 0)
            {
                break;
            }

            var text = Encoding.UTF8.GetString(field);
            if ((text[0] == ' ' || text[0] == '\t') && headers.Count > 0)
            {
                folded ??= new StringBuilder(headers[^1].Value);
                folded.Append(' ').Append(text.AsSpan().Trim());
                continue;
            }

            EndField();
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers.Add(new(text[..colon].Trim(), text[(colon + 1)..].Trim()));
            }
        }

        EndField();

        var record = new WarcRecord(index, offset, version, headers);
        if (!long.TryParse(record.Header("Content-Length"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var length))
        {
            var skipped = Resync(reader);
            return new WarcMalformedRecord(index, offset, $"record at byte {offset} has no valid Content-Length ({skipped} bytes skipped)");
        }

        record = record with { ContentLength = length };
        var wanted = record.Type is { } type && _options.BlockTypes.Contains(type);
        if (wanted && length <= _options.MaxBlockBytes)
        {
            var block = reader.ReadBytes((int)length);
            return record with { Block = block, Truncated = block.Length < length };
        }

        if (length > _options.MaxBlockBytes)
        {
            // A block longer than any page may be a damaged length that runs over the records after it: it ends
            // where the next record's version line begins, so they are not lost.
            var (skipped, stopped) = reader.SkipTo(length, RecordBoundary, 4);
            if (stopped)
            {
                return new WarcMalformedRecord(index, offset, $"record at byte {offset} claims a block of {length} bytes, but the next record starts {skipped} bytes into it");
            }

            return record with { Truncated = skipped < length, Oversize = wanted };
        }

        var present = reader.Skip(length);
        return record with { Truncated = present < length, Oversize = wanted };
    }

    /// <summary>The last record ids read, to pass over a record read twice after a resync.</summary>
    private sealed class RecentIds(int capacity)
    {
        private readonly Queue<string> _order = new();
        private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

        /// <summary>Adds the id; false when it is among the last ones already.</summary>
        public bool Add(string id)
        {
            if (!_ids.Add(id))
            {
                return false;
            }

            _order.Enqueue(id);
            if (_order.Count > capacity)
            {
                _ids.Remove(_order.Dequeue());
            }

            return true;
        }
    }

    private static bool IsBlank(byte[] line) => line.All(b => b is (byte)' ' or (byte)'\t' or (byte)'\r');

    /// <summary>Skips to just before the next line starting with "WARC/"; returns the bytes skipped.</summary>
    private static long Resync(ByteLineReader reader)
    {
        var start = reader.Offset;
        while (!reader.AtEnd)
        {
            if (reader.Peek(Magic.Length).StartsWith(Magic))
            {
                break;
            }

            reader.ReadLine(1 << 20, out _);
        }

        return reader.Offset - start;
    }
}
