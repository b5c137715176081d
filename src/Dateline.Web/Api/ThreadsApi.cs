using Dateline.Store.Queries;
using Dateline.Web.Api.Contracts;
using Dateline.Web.Browse;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Dateline.Web.Api;

/// <summary>GET /api/threads and /api/threads/{id}: story threads (articles about one story over days), and one thread's timeline, entities, quotes and relations.</summary>
public static class ThreadsApi
{
    /// <summary>The most articles, quotes and relations one thread lists.</summary>
    public const int DetailLimit = 200;

    public static IEndpointRouteBuilder MapThreadsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/threads").WithTags("Threads");
        group.MapGet("/", List)
            .WithName("ListThreads")
            .WithSummary("Story threads, the one with the latest article first, by an entity they name and by dates; paged by limit and offset.");
        group.MapGet("/{id}", Get)
            .WithName("GetThread")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("One story thread: its articles in publication order, main entities, quotes and relations.");
        return app;
    }

    /// <summary>Lists story threads.</summary>
    /// <response code="200">A page of threads, each with its label, dates, article count and main entities.</response>
    /// <response code="400">A parameter is not valid; the problem's errors name each one.</response>
    private static Results<Ok<ThreadsResponse>, ValidationProblem> List([AsParameters] ThreadParameters parameters, IArticleQueries queries, WebOptions options)
    {
        var errors = new ParameterErrors();
        var request = ThreadRequest.Read(parameters, options, errors);
        if (errors.Any)
        {
            return ApiProblems.Invalid(errors);
        }

        return TypedResults.Ok(Page(request, queries));
    }

    /// <summary>Gets one story thread.</summary>
    /// <param name="id">The thread's id (from /api/threads, or an article's store.thread).</param>
    /// <param name="queries">The store's queries.</param>
    /// <response code="200">The thread with at most 200 articles, quotes and relations, and its ten main entities.</response>
    /// <response code="400">id is not a positive whole number.</response>
    /// <response code="404">No thread has this id.</response>
    private static Results<Ok<ThreadDetail>, ValidationProblem, ProblemHttpResult> Get(string id, IArticleQueries queries)
    {
        var errors = new ParameterErrors();
        var key = ThreadRequest.Id(id, errors);
        if (key is null)
        {
            return ApiProblems.Invalid(errors);
        }

        var thread = queries.Thread(key.Value, DetailLimit);
        return thread is null ? ApiProblems.NotFound($"no thread with id {key}") : TypedResults.Ok(thread);
    }

    /// <summary>One page of the thread list (shared with the threads page).</summary>
    internal static ThreadsResponse Page(ThreadRequest request, IArticleQueries queries)
    {
        var q = request.Query;
        var threads = queries.Threads(q with { Limit = q.Limit + 1 });
        return new ThreadsResponse(q.Offset, q.Limit, threads.Count > q.Limit, [.. threads.Take(q.Limit)]);
    }
}
