using Dateline.Core.Model;
using Dateline.Core.Pipeline;

namespace Dateline.Core.Running;

/// <summary>
/// One input as a reader took it: a page to process, or the reason it could not be read (the path, line or record
/// it came from is its <see cref="Source"/>). What the reader noticed about a page it could read travels in the
/// page's <see cref="RawPage.Warnings"/>.
/// </summary>
public sealed record InputItem(string Id, string Source, RawPage? Page, DocumentError? Error)
{
    private string? _contentHash;

    /// <summary>
    /// What identifies the input for re-runs (<see cref="Running.ContentHash"/>): its content, or for an unreadable
    /// input where it was and what went wrong. Computed once.
    /// </summary>
    public string ContentHash => _contentHash ??= Page is { } page ? Running.ContentHash.Of(page) : Running.ContentHash.OfFailure(Source, Error!.Kind);

    public static InputItem Read(RawPage page) => new(page.Id, page.Source, page, null);

    public static InputItem Failed(string id, string source, string kind, string message) => new(id, source, null, new DocumentError(kind, message));
}
