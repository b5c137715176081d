using System.Diagnostics.CodeAnalysis;
using Dateline.Core.Model;

namespace Dateline.Core.Pipeline;

/// <summary>The outcome for one input: a processed document, or an error naming the document and the reason.</summary>
public sealed record DocumentResult(string Id, string Source, Document? Document, DocumentError? Error)
{
    [MemberNotNullWhen(true, nameof(Document))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Document is not null;

    public static DocumentResult Success(Document document) => new(document.Id, document.Source, document, null);

    public static DocumentResult Failure(string id, string source, DocumentError error) => new(id, source, null, error);
}
