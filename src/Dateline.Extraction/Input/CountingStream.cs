using Dateline.Core.Running;

namespace Dateline.Extraction.Input;

/// <summary>A read-only pass-through stream reporting the bytes it reads to a <see cref="ReadProgress"/>.</summary>
internal sealed class CountingStream(Stream inner, ReadProgress progress) : ForwardReadStream
{
    public override long Length => inner.Length;

    public override long Position { get => inner.Position; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = inner.Read(buffer, offset, count);
        progress.Advance(n);
        return n;
    }

    public override int Read(Span<byte> buffer)
    {
        var n = inner.Read(buffer);
        progress.Advance(n);
        return n;
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
