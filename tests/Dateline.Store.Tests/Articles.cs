using System.Collections.Immutable;
using Dateline.Core.Layers.Entities;
using Dateline.Core.Layers.Paragraphs;
using Dateline.Core.Layers.Comments;
using Dateline.Core.Layers.RelatedLinks;
using Dateline.Core.Layers.RemovedBlocks;
using Dateline.Core.Model;
using Dateline.Core.Running;
using Dateline.Language.Amounts;
using Dateline.Language.Events;
using Dateline.Language.Quotes;
using Dateline.Language.Relations;
using Dateline.Language.Times;
using Dateline.Store.Duplicates;

namespace Dateline.Store.Tests;

/// <summary>Hand-built documents with every layer, as the language pipeline will produce them.</summary>
public static class Articles
{
    private static readonly MinHasher Hasher = new();

    public static Document Make(string id, string title, string text, string? published = null, string? site = null)
    {
        var raw = new RawPage(id, $"/in/{id}.txt", ReadOnlyMemory<byte>.Empty) { PreDecodedText = text, DeclaredKind = ContentKind.Text };
        var metadata = new ArticleMetadata { Title = title, Published = published, SiteName = site, Language = "en", Url = $"https://{site ?? "example.org"}/{id}" };
        var paragraphs = new List<Paragraph>();
        var start = 0;
        foreach (var p in text.Split("\n\n"))
        {
            paragraphs.Add(new Paragraph(new TextSpan(start, start + p.Length)));
            start += p.Length + 2;
        }

        var document = Document.FromRaw(raw).WithContent(new DecodedContent(text, ContentKind.Text, "utf-16")).WithText(text).WithMetadata(metadata)
            .WithLayer<Paragraph>([.. paragraphs]);

        // Entities: every occurrence of a few known names, as a resolver would group them.
        var known = new[] { ("Vladimir Putin", EntityLabel.Person), ("Kremlin", EntityLabel.Organization), ("Moscow", EntityLabel.Gpe), ("Angela Merkel", EntityLabel.Person) };
        var entities = ImmutableArray.CreateBuilder<Entity>();
        var mentions = ImmutableArray.CreateBuilder<EntityMention>();
        var n = 0;
        foreach (var (name, label) in known)
        {
            var spans = new List<TextSpan>();
            for (var i = text.IndexOf(name, StringComparison.Ordinal); i >= 0; i = text.IndexOf(name, i + 1, StringComparison.Ordinal))
            {
                spans.Add(new TextSpan(i, i + name.Length));
            }

            if (spans.Count == 0)
            {
                continue;
            }

            var entityId = $"e{++n}";
            entities.Add(new Entity(entityId, name, label) { Mentions = spans, Roles = label == EntityLabel.Person ? ["President"] : [], Country = label == EntityLabel.Gpe ? "Russia" : null });
            mentions.AddRange(spans.Select(s => new EntityMention(s, label) { EntityId = entityId }));
        }

        document = document.WithLayer(entities.ToImmutable()).WithLayer(mentions.ToImmutable().Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start)));
        var quoteStart = text.IndexOf('"', StringComparison.Ordinal);
        if (quoteStart >= 0 && text.IndexOf('"', quoteStart + 1) is var quoteEnd and > 0)
        {
            var speaker = entities.FirstOrDefault(e => e.Label == EntityLabel.Person);
            document = document.WithLayer<Quote>([new Quote(new TextSpan(quoteStart, quoteEnd + 1), QuoteKind.Direct) { Cue = "said", SpeakerId = speaker?.Id, SpeakerMention = speaker?.Mentions[0] }]);
        }

        var year = text.IndexOf("2014", StringComparison.Ordinal);
        if (year >= 0)
        {
            document = document.WithLayer<TimeExpression>([new TimeExpression(new TextSpan(year, year + 4), TimexType.Date, "2014")]);
        }

        var amount = text.IndexOf("20,000", StringComparison.Ordinal);
        if (amount >= 0)
        {
            document = document.WithLayer<Amount>([new Amount(new TextSpan(amount, amount + 6), 20000) { Modifier = "at least", Unit = "troops" }]);
        }

        if (entities.Count >= 2)
        {
            document = document.WithLayer<Relation>([new Relation(new TextSpan(0, Math.Min(20, text.Length)), RelationType.Backs, entities[0].Id, entities[1].Id)]);
        }

        document = document.WithLayer<Event>([.. Events(text, published, entities.ToImmutable())]);
        return document.WithRelated([new RelatedLink("More on Russia", null, "https://example.org/more")])
            .WithRemoved([new RemovedBlock("·2 min read", RemovalReason.ReadingTime), new RemovedBlock("Recommended Stories", RemovalReason.TeaserList)])
            .WithLayer<ReaderComment>([new("Ann Lee", "2022-03-15", "Good summary.\nThanks."), new(null, null, "<script>alert(1)</script> ünïcode")]);
    }

    /// <summary>
    /// Events of the known sentences: Putin consults the Kremlin (in Moscow), Putin's claim that he will not retreat
    /// (negated), and Merkel meeting energy ministers (a target without a name).
    /// </summary>
    private static IEnumerable<Event> Events(string text, string? published, ImmutableArray<Entity> entities)
    {
        string? Id(string name) => entities.FirstOrDefault(e => e.Name == name)?.Id;
        TextSpan Words(string words) => text.IndexOf(words, StringComparison.Ordinal) is var i and >= 0 ? new TextSpan(i, i + words.Length) : throw new ArgumentException(words);
        TextSpan Sentence(string words)
        {
            var i = text.IndexOf(words, StringComparison.Ordinal);
            var start = text.LastIndexOfAny(['\n', '.'], i) + 1;
            while (char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            return new TextSpan(start, text.IndexOf('.', i) + 1);
        }

        if (text.Contains("told the Kremlin", StringComparison.Ordinal))
        {
            yield return new Event(Sentence("told the Kremlin"), EventType.Consult, EventMode.Asserted, Words("told"))
            {
                SourceId = Id("Vladimir Putin"), SourceMention = Words("Vladimir Putin"), TargetId = Id("Kremlin"), TargetMention = Words("Kremlin"),
                PlaceId = Id("Moscow"), Date = Day(published),
            };
        }

        if (text.Contains("will not retreat", StringComparison.Ordinal))
        {
            yield return new Event(Sentence("will not retreat"), EventType.Retreat, EventMode.Negated, Words("retreat"))
            {
                SourceId = Id("Vladimir Putin"), ClaimedById = Id("Vladimir Putin"), Date = Day(published),
            };
        }

        if (text.Contains("met energy ministers", StringComparison.Ordinal))
        {
            yield return new Event(Sentence("met energy ministers"), EventType.Consult, EventMode.Asserted, Words("met"))
            {
                SourceId = Id("Angela Merkel"), SourceMention = Words("Angela Merkel"), TargetMention = Words("energy ministers"), Date = Day(published),
            };
        }
    }

    private static string? Day(string? published) => published is { Length: >= 10 } ? published[..10] : null;

    public static ArticleRecord Record(Document document)
        => new(ContentHash.Of(document.Raw with { Supplied = document.Metadata }), document.Source, document, Hasher.Compute(document.Text));
}
