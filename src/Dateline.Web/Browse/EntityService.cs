using Dateline.Store.Queries;
using Dateline.Web.Api.Contracts;

namespace Dateline.Web.Browse;

/// <summary>Everything the entity page and /api/entities/{id} show about one entity.</summary>
public sealed class EntityService(IArticleQueries queries)
{
    public const int ListSize = 20;

    public EntityResponse? Profile(long id, TimelineInterval interval)
    {
        var entity = queries.Entity(id);
        if (entity is null)
        {
            return null;
        }

        return new EntityResponse(
            entity,
            interval.ToString().ToLowerInvariant(),
            queries.Timeline(new TimelineQuery(interval) { EntityId = id }),
            queries.CoOccurring(id, ListSize),
            queries.ArticlesMentioning(id, ListSize, 0),
            queries.Quotes(new QuoteQuery { SpeakerId = id, Limit = ListSize }),
            queries.Quotes(new QuoteQuery { AboutId = id, Limit = ListSize }),
            queries.Events(new EventQuery { SourceId = id, Limit = ListSize }),
            queries.EventCounts(id, EventRole.Source),
            queries.Events(new EventQuery { TargetId = id, Limit = ListSize }),
            queries.EventCounts(id, EventRole.Target));
    }
}
