using System.Collections.Immutable;
using Dateline.Core.Layers.Entities;
using Dateline.Core.Layers.Paragraphs;
using Dateline.Core.Layers.RelatedLinks;
using Dateline.Core.Layers.RemovedBlocks;

namespace Dateline.Core.Model;

/// <summary>
/// One page on its way through the pipeline: the raw input, the clean text, and stand-off annotation layers
/// (records of a <see cref="Layers.Layer"/>, by record type) whose spans index into <see cref="Text"/>. Immutable:
/// every change returns a new document, so a component can never corrupt what an earlier one produced. Properties
/// have private setters: only the With… methods, which keep the invariants, make changed copies.
/// </summary>
public sealed record Document
{
    private ImmutableDictionary<Type, object> _layers = ImmutableDictionary<Type, object>.Empty;

    private Document(RawPage raw, ArticleMetadata metadata, ImmutableArray<string> warnings)
    {
        Raw = raw;
        Text = string.Empty;
        Metadata = metadata;
        Warnings = warnings;
    }

    /// <summary>A document of a page as it arrived, carrying what the reader noticed about it as warnings.</summary>
    public static Document FromRaw(RawPage raw) => new(raw, raw.Supplied ?? ArticleMetadata.Empty, [.. raw.Warnings]);

    /// <summary>A document whose clean text is given as is (annotated corpora, tests).</summary>
    public static Document FromText(string id, string text, ArticleMetadata? metadata = null)
    {
        var raw = new RawPage(id, id, ReadOnlyMemory<byte>.Empty) { PreDecodedText = text, DeclaredKind = ContentKind.Text };
        return FromRaw(raw) with { Text = text, Content = new DecodedContent(text, ContentKind.Text, "utf-16"), Metadata = metadata ?? ArticleMetadata.Empty };
    }

    public string Id => Raw.Id;

    public string Source => Raw.Source;

    public RawPage Raw { get; }

    public DecodedContent? Content { get; private init; }

    /// <summary>The clean article text: body paragraphs joined by one blank line.</summary>
    public string Text { get; private init; }

    public ArticleMetadata Metadata { get; private init; }

    /// <summary>What readers and components noticed (bytes replaced, a record cut short); part of the output.</summary>
    public ImmutableArray<string> Warnings { get; private init; }

    public ImmutableArray<Paragraph> Paragraphs => Layer<Paragraph>();

    public ImmutableArray<RelatedLink> Related => Layer<RelatedLink>();

    public ImmutableArray<RemovedBlock> Removed => Layer<RemovedBlock>();

    public ImmutableArray<Entity> Entities => Layer<Entity>();

    /// <summary>The name of the document's entity with this local id; null for a null id or one the document lacks.</summary>
    public string? EntityName(string? id) => id is null ? null : Entities.FirstOrDefault(e => e.Id == id)?.Name;

    /// <summary>The record types of the layers the document holds.</summary>
    public IEnumerable<Type> LayerTypes => _layers.Keys;

    /// <summary>The text a span covers, without copying it.</summary>
    public ReadOnlySpan<char> Slice(TextSpan span) => Text.AsSpan(span.Start, span.Length);

    /// <summary>The text a span covers, as a new string (for output).</summary>
    public string TextOf(TextSpan span) => Text.Substring(span.Start, span.Length);

    /// <summary>The records of one layer, in the order the component that made them gave; empty when it is absent.</summary>
    public ImmutableArray<T> Layer<T>()
        where T : class
        => _layers.TryGetValue(typeof(T), out var layer) ? (ImmutableArray<T>)layer : ImmutableArray<T>.Empty;

    public bool HasLayer<T>()
        where T : class
        => _layers.ContainsKey(typeof(T));

    /// <summary>Adds or replaces a layer; the span of every annotation must lie inside the text.</summary>
    public Document WithLayer<T>(ImmutableArray<T> records)
        where T : class
    {
        if (records.IsDefault)
        {
            records = [];
        }

        foreach (var r in records)
        {
            if (r is IAnnotation a && a.Span.End > Text.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(records), $"{typeof(T).Name} span {a.Span} lies outside the text (length {Text.Length})");
            }
        }

        return this with { Layers = _layers.SetItem(typeof(T), records) };
    }

    /// <summary>
    /// Sets the decoded content. Only the reader stage does this.
    /// </summary>
    public Document WithContent(DecodedContent content) => this with { Content = content };

    /// <summary>
    /// Sets the clean text. Only an extractor does this, and only before any layer of spans exists: spans index into
    /// the text, so changing it afterwards would silently invalidate them.
    /// </summary>
    public Document WithText(string text)
    {
        if (_layers.Any(l => typeof(IAnnotation).IsAssignableFrom(l.Key) && ((System.Collections.ICollection)l.Value).Count > 0))
        {
            throw new InvalidOperationException("the clean text cannot change once layers of spans exist");
        }

        return this with { Text = text };
    }

    public Document WithMetadata(ArticleMetadata metadata) => this with { Metadata = metadata };

    public Document WithMetadata(Func<ArticleMetadata, ArticleMetadata> update) => this with { Metadata = update(Metadata) };

    public Document WithRelated(IEnumerable<RelatedLink> related) => WithLayer<RelatedLink>([.. related]);

    public Document WithRemoved(IEnumerable<RemovedBlock> removed) => WithLayer<RemovedBlock>([.. removed]);

    public Document AddWarning(string warning) => this with { Warnings = Warnings.Add(warning) };

    private ImmutableDictionary<Type, object> Layers { init => _layers = value; }
}
