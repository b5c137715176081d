using Dateline.Store.Entities;
using Dateline.Store.Queries;
using Dateline.Web.Api.Contracts;
using Dateline.Web.Browse;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Dateline.Web.Api;

/// <summary>
/// GET /api/entities/{id}: an entity's mentions over time, co-occurring entities, articles, and quotes by and about it;
/// GET /api/entities?name=: the entities a name resolves to; with --allow-curation, POST merge, split and rename.
/// </summary>
public static class EntitiesApi
{
    public static IEndpointRouteBuilder MapEntitiesApi(this IEndpointRouteBuilder app, WebOptions options)
    {
        var group = app.MapGroup("/api/entities").WithTags("Entities");
        group.MapGet("/{id}", Get)
            .WithName("GetEntity")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("An entity by its collection-wide key; interval (day|week|month, default month) sets the timeline's buckets.");
        group.MapGet("/", Find)
            .WithName("FindEntities")
            .WithSummary("The entities a name resolves to (any name they were seen under; a person also by surname), most articles first, with their aliases.");
        if (options.AllowCuration)
        {
            group.MapPost("/{id}/merge", Merge).WithName("MergeEntity").ProducesProblem(StatusCodes.Status404NotFound).DisableAntiforgery()
                .WithSummary("Merges the entity into another (body {\"into\": id}); recorded, so later articles under its names join too.");
            group.MapPost("/{id}/split", Split).WithName("SplitEntity").ProducesProblem(StatusCodes.Status404NotFound).DisableAntiforgery()
                .WithSummary("Splits a name that joined the entity back out (body {\"name\": \"...\"}); recorded, so it holds for later articles.");
            group.MapPost("/{id}/rename", Rename).WithName("RenameEntity").ProducesProblem(StatusCodes.Status404NotFound).DisableAntiforgery()
                .WithSummary("Shows the entity under a curator's name (body {\"name\": \"...\"}).");
        }

        return app;
    }

    /// <summary>Finds entities by name.</summary>
    /// <param name="name">Any name the entity was seen under ("U.S.", "Trump").</param>
    /// <param name="limit">At most this many entities (1 to 100, default 20).</param>
    /// <param name="queries">The store's queries.</param>
    /// <response code="200">The entities, most articles first, each with its aliases.</response>
    /// <response code="400">name is missing or limit is out of range.</response>
    private static Results<Ok<IReadOnlyList<EntitySummary>>, ValidationProblem> Find(string? name, string? limit, IArticleQueries queries)
    {
        var errors = new ParameterErrors();
        if (string.IsNullOrWhiteSpace(name))
        {
            errors.Add("name", "give a name to look up.");
        }

        var count = errors.Int("limit", limit, 20, 1, 100);
        return errors.Any ? ApiProblems.Invalid(errors) : TypedResults.Ok(queries.FindEntities(name!, count));
    }

    /// <summary>Merges one entity into another.</summary>
    /// <param name="id">The entity that joins the other.</param>
    /// <param name="request">The entity it joins.</param>
    /// <param name="curator">The store's curation.</param>
    /// <response code="200">The entity that now holds the names, and how many article entities moved.</response>
    /// <response code="400">id is not a positive whole number, or the two are the same entity.</response>
    /// <response code="404">No entity has one of the ids.</response>
    private static Results<Ok<EntityCurationResult>, ValidationProblem, ProblemHttpResult> Merge(string id, MergeRequest request, IEntityCurator curator)
        => Curate(id, null, key => curator.Merge(key, request.Into));

    /// <summary>Splits a name out of an entity.</summary>
    /// <param name="id">The entity the name joined.</param>
    /// <param name="request">The name to split out.</param>
    /// <param name="curator">The store's curation.</param>
    /// <response code="200">The entity the name now resolves to, and how many article entities moved.</response>
    /// <response code="400">id is not a positive whole number, the name is missing, not one of the entity's, or the name it is resolved by.</response>
    /// <response code="404">No entity has the id.</response>
    private static Results<Ok<EntityCurationResult>, ValidationProblem, ProblemHttpResult> Split(string id, NameRequest request, IEntityCurator curator)
        => Curate(id, request.Name ?? string.Empty, key => curator.Split(key, request.Name!));

    /// <summary>Renames an entity.</summary>
    /// <param name="id">The entity.</param>
    /// <param name="request">The name to show it under.</param>
    /// <param name="curator">The store's curation.</param>
    /// <response code="200">The entity under its new name.</response>
    /// <response code="400">id is not a positive whole number, or the name is missing or too long.</response>
    /// <response code="404">No entity has the id.</response>
    private static Results<Ok<EntityCurationResult>, ValidationProblem, ProblemHttpResult> Rename(string id, NameRequest request, IEntityCurator curator)
        => Curate(id, request.Name ?? string.Empty, key => curator.Rename(key, request.Name!));

    /// <summary>Checks the id (and the name when the action takes one: null when it does not), then runs the curation.</summary>
    private static Results<Ok<EntityCurationResult>, ValidationProblem, ProblemHttpResult> Curate(string id, string? name, Func<long, EntityCurationResult> curate)
    {
        var errors = new ParameterErrors();
        var key = errors.Id("id", id);
        if (name is not null && string.IsNullOrWhiteSpace(name))
        {
            errors.Add("name", "give the name in the JSON body: {\"name\": \"...\"}.");
        }
        else if (name is not null)
        {
            errors.Text("name", name, 300);
        }

        if (errors.Any || key is null)
        {
            return ApiProblems.Invalid(errors);
        }

        try
        {
            return TypedResults.Ok(curate(key.Value));
        }
        catch (KeyNotFoundException e)
        {
            return ApiProblems.NotFound(e.Message);
        }
        catch (ArgumentException e)
        {
            return TypedResults.Problem(title: "Cannot do that", detail: e.Message, statusCode: StatusCodes.Status400BadRequest);
        }
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
