namespace Dateline.Core.Pipeline;

/// <summary>Why one document failed. <see cref="Kind"/> is a stable code (see <see cref="ErrorKinds"/>).</summary>
public sealed record DocumentError(string Kind, string Message)
{
    /// <summary>The component that failed, when the failure happened inside the pipeline.</summary>
    public string? Component { get; init; }
}
