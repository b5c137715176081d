using Dateline.Core.Model;
using Dateline.Core.Pipeline;

namespace Dateline.Core.Running;

/// <summary>
/// One input as a reader took it: a page to process, the reason it could not be read, or the reason the reader passed
/// it over (<see cref="SkipReason"/>: hidden, not a page …). The path, line or record it came from is its
/// <see cref="Source"/>. What the reader noticed about a page it could read travels in the page's
/// <see cref="RawPage.Warnings"/>.
/// </summary>
public sealed record InputItem(string Id, string Source, RawPage? Page, DocumentError? Error)
{
    private string? _contentHash;

    /// <summary>
    /// What identifies the input for re-runs (<see cref="Running.ContentHash"/>): its content, or for an unreadable
    /// input where it was and what went wrong. Computed once.
    /// </summary>
    public string ContentHash => _contentHash ??= Page is { } page ? Running.ContentHash.Of(page) : Running.ContentHash.OfFailure(Source, Error?.Kind ?? "skipped");

    /// <summary>
    /// What identifies the input's failure, should it fail: its content and where it was, so that identical pages that
    /// fail at several paths are each recorded (an unreadable input is already known by where it was).
    /// </summary>
    public string FailureHash => Page is null ? ContentHash : Running.ContentHash.OfFailure(Source, ContentHash);

    public static InputItem Read(RawPage page) => new(page.Id, page.Source, page, null);

    /// <summary>Why the reader passed the input over without reading it; null for a page or a failure.</summary>
    public string? SkipReason { get; init; }

    public static InputItem Failed(string id, string source, string kind, string message) => new(id, source, null, new DocumentError(kind, message));

    public static InputItem Skipped(string id, string source, string reason) => new(id, source, null, null) { SkipReason = reason };
}
