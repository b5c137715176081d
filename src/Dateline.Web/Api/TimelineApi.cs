using Dateline.Store.Queries;
using Dateline.Store.Search;
using Dateline.Web.Api.Contracts;
using Dateline.Web.Browse;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Dateline.Web.Api;

/// <summary>GET /api/timeline: articles per day, week or month, for a search or for an entity.</summary>
public static class TimelineApi
{
    public static IEndpointRouteBuilder MapTimelineApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/timeline").WithTags("Timeline")
            .MapGet("/", Get)
            .WithName("Timeline")
            .WithSummary("Articles per period matching q (search words), or mentioning entity (an entity id); interval = day|week|month.");
        return app;
    }

    /// <summary>Counts articles per period.</summary>
    /// <param name="q">Search words: count the articles they match (give q or entity).</param>
    /// <param name="entity">An entity key: count the articles mentioning it, and its mentions.</param>
    /// <param name="interval">day, week (named by its Monday) or month (default).</param>
    /// <param name="raw">true: q is full-text syntax, passed on unchanged.</param>
    /// <param name="queries">The store's queries.</param>
    /// <response code="200">The periods from the first to the last dated article, empty ones included.</response>
    /// <response code="400">Neither or both of q and entity, a bad interval, or q is not valid search syntax.</response>
    private static Results<Ok<TimelineResponse>, ValidationProblem, ProblemHttpResult> Get(string? q, string? entity, string? interval, string? raw, IArticleQueries queries)
    {
        var errors = new ParameterErrors();
        var text = errors.Text("q", q);
        var entityId = errors.Id("entity", entity);
        var bucket = errors.Choice("interval", interval, TimelineInterval.Month);
        var isRaw = errors.Bool("raw", raw);
        if (text is null && entityId is null && !errors.Any)
        {
            errors.Add("q", "give q (search words) or entity (an entity id).");
        }
        else if (text is not null && entityId is not null)
        {
            errors.Add("entity", "give q or entity, not both.");
        }

        if (errors.Any)
        {
            return ApiProblems.Invalid(errors);
        }

        try
        {
            var query = new TimelineQuery(bucket) { EntityId = entityId, Search = text is null ? null : new SearchQuery(text) { Raw = isRaw } };
            return TypedResults.Ok(new TimelineResponse(bucket.ToString().ToLowerInvariant(), text, entityId, queries.Timeline(query)));
        }
        catch (SearchSyntaxException e)
        {
            return ApiProblems.Syntax(e);
        }
    }
}
