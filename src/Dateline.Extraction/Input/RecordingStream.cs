namespace Dateline.Extraction.Input;

/// <summary>
/// A stream that keeps a copy of every byte read through it until <see cref="StopRecording"/>: stdin's compressed bytes,
/// kept while the layers above it decide what the input is, so a gzipped page can be unwrapped whole by
/// <see cref="GzipReader"/> (which salvages a damaged stream) instead of through the streaming decoder (which cannot).
/// </summary>
internal sealed class RecordingStream(Stream inner) : ForwardReadStream
{
    private MemoryStream? _copy = new();

    /// <summary>Whether the bytes read so far are all kept.</summary>
    public bool Recording => _copy is not null;

    /// <summary>The bytes read so far (empty once recording stopped).</summary>
    public ReadOnlySpan<byte> Recorded => _copy is null ? [] : _copy.GetBuffer().AsSpan(0, (int)_copy.Length);

    /// <summary>How many bytes were read so far while recording.</summary>
    public long RecordedLength => _copy?.Length ?? 0;

    public void StopRecording() => _copy = null;

    public override int Read(Span<byte> buffer)
    {
        var n = inner.Read(buffer);
        _copy?.Write(buffer[..n]);
        return n;
    }

    /// <summary>The bytes read so far and the rest of the stream read through, or null when more than <paramref name="limit"/> bytes.</summary>
    public byte[]? ReadToEnd(long limit)
    {
        var chunk = new byte[81920];
        while (Recording && RecordedLength <= limit && Read(chunk) > 0)
        {
        }

        return Recording && RecordedLength <= limit ? Recorded.ToArray() : null;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
