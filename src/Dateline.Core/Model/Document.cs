using System.Collections.Immutable;

namespace Dateline.Core.Model;

/// <summary>
/// One page on its way through the pipeline: the raw input, the clean text, and stand-off annotation layers
/// whose spans index into <see cref="Text"/>. Immutable: every change returns a new document, so a component
/// can never corrupt what an earlier one produced. Properties have private setters: only the With… methods,
/// which keep the invariants, make changed copies.
/// </summary>
public sealed record Document
{
    private ImmutableDictionary<Type, object> _layers;
    private ImmutableDictionary<Type, object> _collections = ImmutableDictionary<Type, object>.Empty;

    private Document(
        RawPage raw,
        DecodedContent? content,
        string text,
        ArticleMetadata metadata,
        ImmutableArray<RelatedLink> related,
        ImmutableArray<RemovedBlock> removed,
        ImmutableArray<string> warnings,
        ImmutableDictionary<Type, object> layers)
    {
        Raw = raw;
        Content = content;
        Text = text;
        Metadata = metadata;
        Related = related;
        Removed = removed;
        Warnings = warnings;
        _layers = layers;
    }

    public static Document FromRaw(RawPage raw) => new(
        raw,
        content: null,
        text: string.Empty,
        raw.Supplied ?? ArticleMetadata.Empty,
        ImmutableArray<RelatedLink>.Empty,
        ImmutableArray<RemovedBlock>.Empty,
        ImmutableArray<string>.Empty,
        ImmutableDictionary<Type, object>.Empty);

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

    public ImmutableArray<RelatedLink> Related { get; private init; }

    public ImmutableArray<RemovedBlock> Removed { get; private init; }

    public ImmutableArray<string> Warnings { get; private init; }

    /// <summary>The text a span covers, without copying it.</summary>
    public ReadOnlySpan<char> Slice(TextSpan span) => Text.AsSpan(span.Start, span.Length);

    /// <summary>The text a span covers, as a new string (for output).</summary>
    public string TextOf(TextSpan span) => Text.Substring(span.Start, span.Length);

    public ImmutableArray<Paragraph> Paragraphs => Layer<Paragraph>();

    /// <summary>The annotations of one type, in the order the component that made them gave.</summary>
    public ImmutableArray<T> Layer<T>()
        where T : IAnnotation
        => _layers.TryGetValue(typeof(T), out var layer) ? (ImmutableArray<T>)layer : ImmutableArray<T>.Empty;

    /// <summary>Records without a span of their own (the entities a resolver grouped), by type.</summary>
    public ImmutableArray<T> Collection<T>()
        where T : class
        => _collections.TryGetValue(typeof(T), out var items) ? (ImmutableArray<T>)items : ImmutableArray<T>.Empty;

    public Document WithCollection<T>(ImmutableArray<T> items)
        where T : class
        => this with { Collections = _collections.SetItem(typeof(T), items) };

    public ImmutableArray<Entity> Entities => Collection<Entity>();

    public bool HasLayer<T>()
        where T : IAnnotation
        => _layers.ContainsKey(typeof(T));

    public IEnumerable<Type> LayerTypes => _layers.Keys;

    /// <summary>Adds or replaces a layer; every span must lie inside the text.</summary>
    public Document WithLayer<T>(ImmutableArray<T> annotations)
        where T : IAnnotation
    {
        foreach (var a in annotations)
        {
            if (a.Span.End > Text.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(annotations), $"{typeof(T).Name} span {a.Span} lies outside the text (length {Text.Length})");
            }
        }

        return this with { Layers = _layers.SetItem(typeof(T), annotations) };
    }

    /// <summary>
    /// Sets the decoded content. Only the reader stage does this.
    /// </summary>
    public Document WithContent(DecodedContent content) => this with { Content = content };

    /// <summary>
    /// Sets the clean text. Only an extractor does this, and only before any layer exists: layers index into the
    /// text, so changing it afterwards would silently invalidate them.
    /// </summary>
    public Document WithText(string text)
    {
        if (!_layers.IsEmpty)
        {
            throw new InvalidOperationException("the clean text cannot change once annotation layers exist");
        }

        return this with { Text = text };
    }

    public Document WithMetadata(ArticleMetadata metadata) => this with { Metadata = metadata };

    public Document WithMetadata(Func<ArticleMetadata, ArticleMetadata> update) => this with { Metadata = update(Metadata) };

    public Document WithRelated(IEnumerable<RelatedLink> related) => this with { Related = [.. related] };

    public Document WithRemoved(IEnumerable<RemovedBlock> removed) => this with { Removed = [.. removed] };

    public Document AddWarning(string warning) => this with { Warnings = Warnings.Add(warning) };

    private ImmutableDictionary<Type, object> Layers { init => _layers = value; }

    private ImmutableDictionary<Type, object> Collections { init => _collections = value; }
}
