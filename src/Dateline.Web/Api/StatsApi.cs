using Dateline.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Dateline.Web.Api;

/// <summary>GET /api/stats: counts of articles, failures, duplicates and entities, by source, month and entity type.</summary>
public static class StatsApi
{
    public static IEndpointRouteBuilder MapStatsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/stats").WithTags("Stats")
            .MapGet("/", Get)
            .WithName("Stats")
            .WithSummary("Counts over the whole store.");
        return app;
    }

    /// <summary>Counts over the whole store.</summary>
    /// <param name="store">The store.</param>
    /// <response code="200">Articles, failures, near-duplicates and entities, by source, month and entity type.</response>
    private static Ok<StoreStats> Get(IArticleStore store) => TypedResults.Ok(store.Stats());
}
