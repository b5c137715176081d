namespace Dateline.Core.Running;

/// <summary>How far a collection has been read, in bytes of its files, for a progress bar; safe to read from another thread.</summary>
public sealed class ReadProgress
{
    private long _bytesRead;
    private long _totalBytes;

    public long BytesRead => Interlocked.Read(ref _bytesRead);

    /// <summary>Total bytes of the named files and directories, or 0 when unknown (stdin).</summary>
    public long TotalBytes => Interlocked.Read(ref _totalBytes);

    public void AddTotal(long bytes) => Interlocked.Add(ref _totalBytes, bytes);

    public void Advance(long bytes) => Interlocked.Add(ref _bytesRead, bytes);
}
