namespace Dateline.Core.Pipeline;

/// <summary>Per-document run state handed to each component: cancellation (the per-document time limit).</summary>
public sealed class ProcessingContext
{
    public static ProcessingContext None { get; } = new(CancellationToken.None);

    public ProcessingContext(CancellationToken cancellation)
    {
        Cancellation = cancellation;
    }

    public CancellationToken Cancellation { get; }

    public void ThrowIfCancelled() => Cancellation.ThrowIfCancellationRequested();
}
