using Dateline.Core.Model;
using Dateline.Core.Pipeline;

namespace Dateline.Extraction.Input;

/// <summary>One input from a path: either a page to process or the reason it could not be read.</summary>
public sealed record InputItem(string Id, string Source, RawPage? Page, DocumentError? Error)
{
    public static InputItem Read(RawPage page) => new(page.Id, page.Source, page, null);

    public static InputItem Failed(string id, string source, string kind, string message) => new(id, source, null, new DocumentError(kind, message));
}
