using Dateline.Store.Queries;
using Dateline.Web.Api.Contracts;
using Dateline.Web.Browse;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Dateline.Web.Api;

/// <summary>GET /api/events: who did what to whom (PLOVER events), filtered by type, mode, actors and date; the latest first.</summary>
public static class EventsApi
{
    public static IEndpointRouteBuilder MapEventsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/events").WithTags("Events")
            .MapGet("/", List)
            .WithName("ListEvents")
            .WithSummary("Events filtered by type, mode, source, target or either actor, and the event's date; the latest dated first; paged.")
            .WithDescription("Every filter given must hold. An actor is matched by any name of its entity (a person also by surname), or, for an actor without a name, by the words naming it.");
        return app;
    }

    /// <summary>Lists events.</summary>
    /// <response code="200">A page of events, each with its actors, place, date, sentence, trigger and article.</response>
    /// <response code="400">A parameter is not valid; the problem's errors name each one.</response>
    private static Results<Ok<EventsResponse>, ValidationProblem> List([AsParameters] EventParameters parameters, IArticleQueries queries, WebOptions options)
    {
        var errors = new ParameterErrors();
        var request = EventRequest.Read(parameters, options, errors);
        if (errors.Any)
        {
            return ApiProblems.Invalid(errors);
        }

        var size = options.PageSize;
        var events = queries.Events(request.Query with { Limit = size + 1, Offset = (request.Page - 1) * size });
        return TypedResults.Ok(new EventsResponse(request.Page, size, events.Count > size, [.. events.Take(size)]));
    }
}
