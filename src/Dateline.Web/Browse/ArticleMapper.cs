using Dateline.Core.Model;
using Dateline.Store;
using Dateline.Web.Api.Contracts;

namespace Dateline.Web.Browse;

/// <summary>Turns a document (stored, or just processed) into the API's article with every layer.</summary>
public static class ArticleMapper
{
    public static ArticleResponse FromStored(StoredArticle article)
        => FromDocument(article.Id, article.Document, article.EntityKeys) with { DuplicateOf = article.DuplicateOf, Copies = article.Copies };

    public static ArticleResponse FromDocument(string id, Document d, IReadOnlyDictionary<string, long>? keys = null)
    {
        keys ??= new Dictionary<string, long>();
        long? Key(string? local) => local is not null && keys.TryGetValue(local, out var k) ? k : null;
        var names = d.Entities.GroupBy(e => e.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
        var m = d.Metadata;
        return new ArticleResponse(id, d.Text)
        {
            Url = m.Url ?? d.Raw.Url,
            Title = m.Title,
            Published = m.Published,
            Modified = m.Modified,
            Authors = m.Authors,
            Dateline = m.Dateline is { } dl ? new DatelineDto(dl.Place, dl.Agency) : null,
            Language = m.Language,
            Source = m.SiteName,
            Description = m.Description,
            Paragraphs = [.. d.Paragraphs.Select(p => Span(p.Span))],
            Entities = [.. d.Entities.Select(e => new EntityDto(e.Id, Key(e.Id), e.Name, e.Label, e.Roles, e.Country, [.. e.Mentions.Select(Span)]))],
            Mentions = [.. d.Layer<EntityMention>().Select(x => new MentionDto(x.Span.Start, x.Span.End, x.Label, x.EntityId, Key(x.EntityId)))],
            Quotes = [.. d.Layer<Quote>().Select(q => new QuoteDto(
                q.Span.Start, q.Span.End, q.Kind.ToString().ToLowerInvariant(), q.Cue,
                q.CueSpan is { } c ? Span(c) : null, q.SpeakerMention is { } s ? Span(s) : null,
                q.SpeakerId, Key(q.SpeakerId), q.SpeakerId is { } sid && names.TryGetValue(sid, out var n) ? n : null))],
            Times = [.. d.Layer<TimeExpression>().Select(t => new TimeDto(t.Span.Start, t.Span.End, t.Type, t.Value))],
            Amounts = [.. d.Layer<Amount>().Select(a => new AmountDto(a.Span.Start, a.Span.End, a.Value, a.UpperValue, a.Modifier, a.Unit))],
            Relations = [.. d.Layer<Relation>().Select(r => new RelationDto(r.Span.Start, r.Span.End, r.Type, r.SubjectId, r.ObjectId ?? string.Empty))],
            Related = [.. d.Related.Select(r => new RelatedLinkDto(r.Title, r.Summary, r.Url))],
            Removed = [.. d.Removed.Select(r => new RemovedBlockDto(r.Text, r.Reason))],
            Warnings = d.Warnings,
        };
    }

    private static SpanDto Span(TextSpan s) => new(s.Start, s.End);
}
