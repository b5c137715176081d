using Dateline.Store.Queries;
using Dateline.Web.Api.Contracts;
using Dateline.Web.Browse;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Dateline.Web.Api;

/// <summary>GET /api/entities/{id}: an entity's mentions over time, co-occurring entities, articles, and quotes by and about it.</summary>
public static class EntitiesApi
{
    public static IEndpointRouteBuilder MapEntitiesApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/entities").WithTags("Entities")
            .MapGet("/{id}", Get)
            .WithName("GetEntity")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("An entity by its collection-wide key; interval (day|week|month, default month) sets the timeline's buckets.");
        return app;
    }

    /// <summary>Gets one collection-wide entity.</summary>
    /// <param name="id">The entity's key (search facets, article entities' key, the entities export).</param>
    /// <param name="interval">The timeline's buckets: day, week or month (default).</param>
    /// <param name="entities">The entity profiles.</param>
    /// <response code="200">The entity, its mentions over time, the entities seen with it, its articles, quotes by and about it.</response>
    /// <response code="400">id is not a positive whole number, or interval is not day, week or month.</response>
    /// <response code="404">No entity has this key.</response>
    private static Results<Ok<EntityResponse>, ValidationProblem, ProblemHttpResult> Get(string id, string? interval, EntityService entities)
    {
        var errors = new ParameterErrors();
        var key = errors.Id("id", id);
        var bucket = errors.Choice("interval", interval, TimelineInterval.Month);
        if (errors.Any || key is null)
        {
            return ApiProblems.Invalid(errors);
        }

        var profile = entities.Profile(key.Value, bucket);
        return profile is null ? ApiProblems.NotFound($"no entity with id {key}") : TypedResults.Ok(profile);
    }
}
