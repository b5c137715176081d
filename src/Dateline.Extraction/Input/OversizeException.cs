namespace Dateline.Extraction.Input;

/// <summary>An input grew past the configured size limit.</summary>
public sealed class OversizeException(long limit) : Exception($"input exceeds the limit of {limit} bytes")
{
    public long Limit { get; } = limit;
}
