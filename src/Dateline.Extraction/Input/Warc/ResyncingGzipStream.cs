using System.IO.Compression;
using Dateline.Extraction.Input;

namespace Dateline.Extraction.Input.Warc;

/// <summary>
/// Decompresses a gzip file of many members (a WARC file's one member per record) and goes on after a damaged member:
/// the read that meets the damage throws <see cref="GzipDamageException"/>, and the next read continues with the next
/// member whose header follows the damage. The raw stream is read forwards only (stdin works), in small chunks, so
/// the next member is looked for from the chunk the damage was found in.
/// </summary>
internal sealed class ResyncingGzipStream : ForwardReadStream
{
    // Bytes after the last member that are taken for padding, not for a lost record.
    private const int TrailingJunkBytes = 64;

    // Small raw reads keep the window searched for the next member small, so a whole member before the damage is
    // rarely inside it (it would be decoded twice). Records compress to a few KB and more.
    private const int RawChunk = 2048;

    private readonly Stream _raw;
    private readonly byte[] _window = new byte[RawChunk];
    private byte[] _pending = [];
    private int _pendingStart;
    private int _windowLength;
    private long _windowStart;
    private long _rawPosition;
    private long _lastStart;
    private long _pendingPosition;
    private GZipStream _gzip;
    private bool _restarted;
    private long _damageEnd;
    private bool _producedSinceRestart;
    private bool _ended;

    public ResyncingGzipStream(Stream raw)
    {
        _raw = raw;
        _gzip = new GZipStream(new Feeder(this), CompressionMode.Decompress, leaveOpen: true);
    }

    public override int Read(Span<byte> buffer)
    {
        while (!_ended)
        {
            string? damage;
            Exception? inner = null;
            try
            {
                var n = _gzip.Read(buffer);
                if (n > 0)
                {
                    _producedSinceRestart = true;
                    return n;
                }

                // The decoder stopped: the end of the file, or bytes after a member that start no member (a member
                // whose header is damaged). A few bytes of padding at the end are no loss.
                var rest = RawLeft(TrailingJunkBytes + 1);
                if (rest <= TrailingJunkBytes)
                {
                    _ended = true;
                    return 0;
                }

                damage = "bytes after a member start no gzip member";
            }
            catch (InvalidDataException e)
            {
                damage = e.Message;
                inner = e;
            }

            var window = (_windowStart, _windowStart + _windowLength);
            // A header found after the damage that decodes to nothing, or fails again within the bytes of the damage
            // (the damaged member's own header), is the same damage: look further without a second report.
            var same = _restarted && (!_producedSinceRestart || window.Item1 < _damageEnd);
            var found = Restart();
            _ended = !found;
            if (!same)
            {
                _damageEnd = window.Item2;
                throw new GzipDamageException($"compressed data is corrupt within bytes {window.Item1}-{window.Item2} of the file: {damage}", inner);
            }
        }

        return 0;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _gzip.Dispose();
            _raw.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>
    /// How many bytes the decoder has not been given, counted up to <paramref name="atMost"/>: they are read ahead
    /// into the pending bytes, so a restart searches them.
    /// </summary>
    private int RawLeft(int atMost)
    {
        var left = _pending.Length - _pendingStart;
        if (left >= atMost)
        {
            return left;
        }

        var rest = _pending.AsSpan(_pendingStart).ToArray();
        var chunk = new byte[atMost];
        var got = 0;
        while (left + got < atMost)
        {
            var n = _raw.Read(chunk, got, atMost - left - got);
            if (n <= 0)
            {
                break;
            }

            got += n;
        }

        if (got > 0)
        {
            // The read-ahead bytes follow the window (or the pending rest) in the file.
            var restStart = rest.Length > 0 ? _pendingPosition + _pendingStart : _rawPosition;
            _pending = [.. rest, .. chunk.AsSpan(0, got)];
            _pendingStart = 0;
            _pendingPosition = restStart;
            _rawPosition += got;
        }

        return left + got;
    }

    /// <summary>Finds the next member header after the last start, in the damaged window and the bytes after it.</summary>
    private bool Restart()
    {
        // The bytes still to search: the window the damage was found in, then what follows it.
        var search = new List<byte>(_window.AsSpan(0, _windowLength).ToArray());
        search.AddRange(_pending.AsSpan(_pendingStart).ToArray());
        var searchStart = _windowLength > 0 ? _windowStart : _pendingPosition + _pendingStart;
        var from = (int)Math.Max(0, _lastStart + 1 - searchStart);
        var chunk = new byte[RawChunk];
        while (true)
        {
            var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(search);
            for (var i = from; i + 10 <= span.Length; i++)
            {
                if (IsMemberHeader(span[i..]))
                {
                    _pending = span[i..].ToArray();
                    _pendingStart = 0;
                    _lastStart = searchStart + i;
                    _pendingPosition = _lastStart;
                    _windowLength = 0;
                    _windowStart = _lastStart;
                    _gzip.Dispose();
                    _gzip = new GZipStream(new Feeder(this), CompressionMode.Decompress, leaveOpen: true);
                    _restarted = true;
                    _producedSinceRestart = false;
                    return true;
                }
            }

            // Keep the last bytes, a header may straddle two chunks.
            var keep = Math.Min(span.Length, 9);
            searchStart += span.Length - keep;
            var tail = span[^keep..].ToArray();
            search.Clear();
            search.AddRange(tail);
            from = (int)Math.Max(0, _lastStart + 1 - searchStart);
            var n = _raw.Read(chunk, 0, chunk.Length);
            if (n <= 0)
            {
                return false;
            }

            _rawPosition += n;
            search.AddRange(chunk.AsSpan(0, n).ToArray());
        }
    }

    /// <summary>A gzip member header (RFC 1952): magic, deflate, no reserved flag bits, a known extra-flags value.</summary>
    private static bool IsMemberHeader(ReadOnlySpan<byte> b)
        => b[0] == 0x1f && b[1] == 0x8b && b[2] == 8 && (b[3] & 0xe0) == 0 && b[8] is 0 or 2 or 4;

    /// <summary>The raw bytes given to the decoder: what a restart left over first, then the file, a chunk at a time.</summary>
    private int Feed(Span<byte> buffer)
    {
        var want = Math.Min(buffer.Length, RawChunk);
        int n;
        long start;
        if (_pendingStart < _pending.Length)
        {
            n = Math.Min(want, _pending.Length - _pendingStart);
            _pending.AsSpan(_pendingStart, n).CopyTo(buffer);
            start = _pendingPosition + _pendingStart;
            _pendingStart += n;
        }
        else
        {
            n = _raw.Read(buffer[..want]);
            start = _rawPosition;
            _rawPosition += Math.Max(n, 0);
        }

        if (n > 0)
        {
            buffer[..n].CopyTo(_window);
            _windowLength = n;
            _windowStart = start;
        }

        return n;
    }

    private sealed class Feeder(ResyncingGzipStream owner) : ForwardReadStream
    {
        public override int Read(Span<byte> buffer) => owner.Feed(buffer);
    }
}

/// <summary>A damaged gzip member; the stream that threw it goes on with the next member.</summary>
internal sealed class GzipDamageException(string message, Exception? inner) : IOException(message, inner);
