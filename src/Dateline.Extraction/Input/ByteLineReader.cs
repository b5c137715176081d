namespace Dateline.Extraction.Input;

/// <summary>
/// Reads a stream as lines of bytes and as exact byte counts, keeping its offset: the base of the WARC and JSON Lines
/// readers. A line longer than the limit is not buffered whole: it is reported as too long and skipped.
/// </summary>
internal sealed class ByteLineReader(Stream stream, int bufferSize = 1 << 16)
{
    private readonly byte[] _buffer = new byte[bufferSize];
    private int _start;
    private int _end;

    /// <summary>Bytes consumed from the start of the stream.</summary>
    public long Offset { get; private set; }

    public bool AtEnd => !Fill();

    /// <summary>Whether the last line <see cref="ReadLine"/> gave ended with a line feed (false: the stream ended inside it).</summary>
    public bool LastLineEnded { get; private set; }

    /// <summary>Reads one line without its LF or CRLF. Returns null at the end; <paramref name="tooLong"/> when the line exceeded <paramref name="maxLength"/> (the line is skipped).</summary>
    public byte[]? ReadLine(long maxLength, out bool tooLong)
    {
        tooLong = false;
        LastLineEnded = false;
        if (!Fill())
        {
            return null;
        }

        using var line = new MemoryStream();
        while (Fill())
        {
            var span = _buffer.AsSpan(_start, _end - _start);
            var nl = span.IndexOf((byte)'\n');
            var take = nl >= 0 ? nl : span.Length;
            if (!tooLong)
            {
                if (line.Length + take > maxLength)
                {
                    tooLong = true;
                    line.SetLength(0);
                }
                else
                {
                    line.Write(span[..take]);
                }
            }

            Consume(nl >= 0 ? nl + 1 : take);
            if (nl >= 0)
            {
                LastLineEnded = true;
                break;
            }
        }

        if (tooLong)
        {
            return [];
        }

        var bytes = line.ToArray();
        return bytes.Length > 0 && bytes[^1] == '\r' ? bytes[..^1] : bytes;
    }

    /// <summary>Reads up to <paramref name="count"/> bytes; fewer only at the end of the stream.</summary>
    public byte[] ReadBytes(int count)
    {
        var result = new byte[count];
        var filled = 0;
        while (filled < count && Fill())
        {
            var n = Math.Min(count - filled, _end - _start);
            _buffer.AsSpan(_start, n).CopyTo(result.AsSpan(filled));
            Consume(n);
            filled += n;
        }

        return filled == count ? result : result[..filled];
    }

    /// <summary>Skips up to <paramref name="count"/> bytes; returns how many were there.</summary>
    public long Skip(long count)
    {
        long skipped = 0;
        while (skipped < count && Fill())
        {
            var n = (int)Math.Min(count - skipped, _end - _start);
            Consume(n);
            skipped += n;
        }

        return skipped;
    }

    /// <summary>Looks at the next bytes without consuming them (up to the buffer size).</summary>
    /// <summary>
    /// Skips up to <paramref name="count"/> bytes, stopping early where <paramref name="marker"/> begins inside them;
    /// the first <paramref name="keep"/> bytes of the marker are skipped too. Returns the bytes skipped and whether the
    /// marker stopped it.
    /// </summary>
    public (long Skipped, bool Stopped) SkipTo(long count, ReadOnlySpan<byte> marker, int keep)
    {
        long skipped = 0;
        while (skipped < count)
        {
            var span = Peek(_buffer.Length);
            if (span.Length == 0)
            {
                break;
            }

            var remaining = count - skipped;
            var at = span[..(int)Math.Min(span.Length, remaining + marker.Length - 1)].IndexOf(marker);
            if (at >= 0 && at < remaining)
            {
                Consume(at + keep);
                return (skipped + at + keep, true);
            }

            // Keep the marker's length less one: it may straddle two reads.
            var advance = span.Length >= marker.Length ? span.Length - (marker.Length - 1) : span.Length;
            advance = (int)Math.Min(advance, remaining);
            if (advance == 0)
            {
                break;
            }

            Consume(advance);
            skipped += advance;
        }

        return (skipped, false);
    }

    public ReadOnlySpan<byte> Peek(int count)
    {
        if (_end - _start < count && _start > 0)
        {
            Compact();
        }

        while (_end - _start < count && _end < _buffer.Length)
        {
            var n = stream.Read(_buffer, _end, _buffer.Length - _end);
            if (n <= 0)
            {
                break;
            }

            _end += n;
        }

        return _buffer.AsSpan(_start, Math.Min(count, _end - _start));
    }

    private void Consume(int n)
    {
        _start += n;
        Offset += n;
    }

    private void Compact()
    {
        Array.Copy(_buffer, _start, _buffer, 0, _end - _start);
        _end -= _start;
        _start = 0;
    }

    private bool Fill()
    {
        if (_start < _end)
        {
            return true;
        }

        // Emptied before the read: a read that throws (a damaged gzip member) leaves no stale bytes behind.
        _start = 0;
        _end = 0;
        _end = stream.Read(_buffer, 0, _buffer.Length);
        if (_end <= 0)
        {
            _end = 0;
            return false;
        }

        return true;
    }
}
