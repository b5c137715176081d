using Dateline.Core.Model;
using Dateline.Store.Duplicates;

namespace Dateline.Store;

/// <summary>A processed document to store, with its MinHash signature (computed off the writer thread).</summary>
public sealed record ArticleRecord(string ContentHash, string Input, Document Document, MinHashSignature? Signature)
    : IngestRecord(ContentHash, Document.Id, Input);
