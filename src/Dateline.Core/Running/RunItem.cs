using Dateline.Core.Pipeline;

namespace Dateline.Core.Running;

/// <summary>One input's outcome, delivered in input order: a result (article or failure), or the reason it was skipped.</summary>
public sealed record RunItem(long Index, InputItem Input, DocumentResult? Result, string? SkipReason)
{
    /// <summary>What <see cref="RunHooks.Finish"/> returned for the processed document.</summary>
    public object? Extra { get; init; }

    public bool Skipped => Result is null;
}
