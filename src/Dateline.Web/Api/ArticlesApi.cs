using Dateline.Core.Output;
using Dateline.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Dateline.Web.Api;

/// <summary>GET /api/articles/{id}: one stored article in the article contract, with every registered layer and its "store" object.</summary>
public static class ArticlesApi
{
    /// <summary>The longest article id looked up (the API answers 400 beyond it, the article page 404): no stored id is near it.</summary>
    public const int MaxIdLength = 500;

    public static IEndpointRouteBuilder MapArticlesApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/articles").WithTags("Articles")
            .MapGet("/{id}", Get)
            .WithName("GetArticle")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("An article as `dateline show` prints it: metadata, text and every registered layer (entities with their collection-wide keys, mentions, quotes, times, amounts, relations, related links, removed chrome), then a \"store\" object.");
        return app;
    }

    /// <summary>Gets one stored article.</summary>
    /// <param name="id">The article id, as search results and exports give it.</param>
    /// <param name="store">The store.</param>
    /// <response code="200">The article in the article contract (docs/output-contract.md, docs/article.schema.json).</response>
    /// <response code="400">The id is longer than 500 characters (<see cref="MaxIdLength"/>).</response>
    /// <response code="404">No article has this id.</response>
    private static Results<ArticleJsonResult, ProblemHttpResult> Get(string id, IArticleStore store)
    {
        if (id.Length > MaxIdLength)
        {
            return TypedResults.Problem(title: "Invalid parameters", detail: "the article id is too long", statusCode: StatusCodes.Status400BadRequest);
        }

        var article = store.Find(id);
        return article is null ? ApiProblems.NotFound($"no article with id '{id}'") : ArticleJsonResult.Stored(article, new ArticleJsonWriter(store.Layers));
    }
}
