using Dateline.Store.Search;

namespace Dateline.Store.Queries;

/// <summary>
/// Read-only questions over the stored collection that a browsing analyst asks: facets of a search, an entity's
/// profile, its co-occurring entities and articles, quotes by speaker or words, events by actor and type, and timelines. Implementations hide
/// their database types, as <see cref="IArticleStore"/> does. Safe to call from any thread.
/// </summary>
public interface IArticleQueries
{
    /// <summary>Counts of the articles a search matches, by entity, entity type, source, month and event type.</summary>
    /// <exception cref="SearchSyntaxException">The query is not valid full-text syntax.</exception>
    SearchFacets Facets(SearchQuery query, int top);

    /// <summary>A collection-wide entity by its key, with how many articles and mentions it has.</summary>
    EntitySummary? Entity(long id);

    /// <summary>Entities by any name they were seen under (a person also by surname or first name), most articles first.</summary>
    IReadOnlyList<EntitySummary> FindEntities(string name, int limit);

    /// <summary>The entities that appear in the most articles together with this one.</summary>
    IReadOnlyList<EntityFacet> CoOccurring(long entityId, int limit);

    /// <summary>Articles mentioning the entity, newest first.</summary>
    IReadOnlyList<ArticleSummary> ArticlesMentioning(long entityId, int limit, int offset);

    /// <summary>Quotes filtered by speaker, words, or an entity they are by or about; newest first.</summary>
    IReadOnlyList<QuoteRecord> Quotes(QuoteQuery query);

    /// <summary>Events (who did what to whom) filtered by type, mode, actors and date; the latest dated first.</summary>
    IReadOnlyList<EventRecord> Events(EventQuery query);

    /// <summary>Asserted events with the entity as source (it acts on others) or as target (others act on it), per month and type.</summary>
    IReadOnlyList<EventTypeCount> EventCounts(long entityId, EventRole role);

    /// <summary>Articles per period (and the entity's mentions when the timeline is of an entity), gaps filled with zeros.</summary>
    /// <exception cref="SearchSyntaxException">The query is not valid full-text syntax.</exception>
    IReadOnlyList<TimelineBucket> Timeline(TimelineQuery query);

    /// <summary>Story threads, the one with the latest article first, filtered by an entity they name and by dates.</summary>
    IReadOnlyList<ThreadSummary> Threads(ThreadQuery query);

    /// <summary>One story thread with at most <paramref name="limit"/> articles, quotes and relations each, and its ten main entities; null when there is none with this id.</summary>
    ThreadDetail? Thread(long id, int limit);
}
