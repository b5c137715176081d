using Dateline.Core.Layers.Entities;
using Dateline.Core.Layers.Paragraphs;
using Dateline.Core.Layers.RelatedLinks;
using Dateline.Core.Model;
using Dateline.Language.Amounts;
using Dateline.Language.Events;
using Dateline.Language.Quotes;
using Dateline.Language.Times;

namespace Dateline.Web.Tests;

/// <summary>
/// Builds a stored-ready document by hand: text, metadata and each language layer, with spans found by the words
/// they cover. Tests then do not depend on the recognizers, which other issues build.
/// </summary>
internal sealed class ArticleBuilder(string id, string text)
{
    private readonly List<EntityMention> _mentions = [];
    private readonly List<Entity> _entities = [];
    private readonly List<Quote> _quotes = [];
    private readonly List<TimeExpression> _times = [];
    private readonly List<Amount> _amounts = [];
    private readonly List<RelatedLink> _related = [];
    private readonly List<Event> _events = [];
    private ArticleMetadata _metadata = new();

    public ArticleBuilder Metadata(ArticleMetadata metadata)
    {
        _metadata = metadata;
        return this;
    }

    /// <summary>An entity with a mention at every occurrence of each of <paramref name="surfaces"/>.</summary>
    public ArticleBuilder Entity(string localId, string name, EntityLabel label, params string[] surfaces)
    {
        var spans = new List<TextSpan>();
        foreach (var surface in surfaces)
        {
            for (var at = text.IndexOf(surface, StringComparison.Ordinal); at >= 0; at = text.IndexOf(surface, at + surface.Length, StringComparison.Ordinal))
            {
                if (!_mentions.Any(m => m.Span.Overlaps(new TextSpan(at, at + surface.Length))))
                {
                    spans.Add(new TextSpan(at, at + surface.Length));
                    _mentions.Add(new EntityMention(spans[^1], label) { EntityId = localId });
                }
            }
        }

        _entities.Add(new Entity(localId, name, label) { Mentions = [.. spans.OrderBy(s => s.Start)] });
        return this;
    }

    public ArticleBuilder Quote(string quoted, string? speakerId, string? speakerWords, string cue = "said", QuoteKind kind = QuoteKind.Direct)
    {
        var span = Find(quoted);
        var speaker = speakerWords is null ? (TextSpan?)null : Find(speakerWords, span.End);
        _quotes.Add(new Quote(span, kind) { Cue = cue, SpeakerId = speakerId, SpeakerMention = speaker, CueSpan = Find(cue, span.End) });
        return this;
    }

    public ArticleBuilder Time(string words, TimexType type, string? value)
    {
        _times.Add(new TimeExpression(Find(words), type, value));
        return this;
    }

    public ArticleBuilder Amount(string words, double value, string? unit, string? modifier = null)
    {
        _amounts.Add(new Amount(Find(words), value) { Unit = unit, Modifier = modifier });
        return this;
    }

    /// <summary>
    /// An event stated by the sentence that holds <paramref name="trigger"/> (from the line start to its end); an actor
    /// is an entity's local id with its words, or only words (an actor without a name).
    /// </summary>
    public ArticleBuilder Event(EventType type, string trigger, (string? Id, string? Words) source, (string? Id, string? Words) target, string? date, string? placeId = null, string? claimedById = null, EventMode mode = EventMode.Asserted)
    {
        var triggerSpan = Find(trigger);
        var start = text.LastIndexOf('\n', Math.Max(0, triggerSpan.Start - 1)) + 1;
        var end = text.IndexOf('\n', triggerSpan.End) is var e and >= 0 ? e : text.Length;
        _events.Add(new Event(new TextSpan(start, end), type, mode, triggerSpan)
        {
            SourceId = source.Id,
            SourceMention = source.Words is null ? null : Find(source.Words, start),
            TargetId = target.Id,
            TargetMention = target.Words is null ? null : Find(target.Words, start),
            Date = date,
            PlaceId = placeId,
            ClaimedById = claimedById,
        });
        return this;
    }

    public ArticleBuilder Related(string title, string? summary, string? url)
    {
        _related.Add(new RelatedLink(title, summary, url));
        return this;
    }

    public Document Build()
    {
        var paragraphs = new List<Paragraph>();
        var start = 0;
        while (start < text.Length)
        {
            var gap = text.IndexOf("\n\n", start, StringComparison.Ordinal);
            var end = gap < 0 ? text.Length : gap;
            paragraphs.Add(new Paragraph(new TextSpan(start, end)));
            start = gap < 0 ? text.Length : gap + 2;
        }

        return Document.FromText(id, text, _metadata)
            .WithLayer<Paragraph>([.. paragraphs])
            .WithLayer<Entity>([.. _entities])
            .WithLayer<EntityMention>([.. _mentions.OrderBy(m => m.Span.Start)])
            .WithLayer<Quote>([.. _quotes])
            .WithLayer<TimeExpression>([.. _times])
            .WithLayer<Amount>([.. _amounts])
            .WithLayer<Event>([.. _events])
            .WithRelated(_related);
    }

    private TextSpan Find(string words, int from = 0)
    {
        var at = text.IndexOf(words, from, StringComparison.Ordinal);
        if (at < 0)
        {
            // Before the quote (reported speech: "X said that …"): the nearest occurrence.
            at = text.LastIndexOf(words, Math.Max(0, from - 1), StringComparison.Ordinal);
        }

        return at >= 0 ? new TextSpan(at, at + words.Length) : throw new ArgumentException($"'{words}' is not in the text of {id}");
    }
}
