using Dateline.Store;
using Dateline.Web.Api.Contracts;
using Dateline.Web.Browse;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Dateline.Web.Api;

/// <summary>GET /api/articles/{id}: one article with its metadata and all its annotation layers.</summary>
public static class ArticlesApi
{
    public static IEndpointRouteBuilder MapArticlesApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/articles").WithTags("Articles")
            .MapGet("/{id}", Get)
            .WithName("GetArticle")
            .WithSummary("An article with entities (and their collection-wide keys), mentions, quotes, times, amounts, relations and related links.");
        return app;
    }

    private static Results<Ok<ArticleResponse>, ProblemHttpResult> Get(string id, IArticleStore store)
    {
        if (id.Length > 500)
        {
            return TypedResults.Problem(title: "Invalid parameters", detail: "the article id is too long", statusCode: StatusCodes.Status400BadRequest);
        }

        var article = store.Find(id);
        return article is null ? ApiProblems.NotFound($"no article with id '{id}'") : TypedResults.Ok(ArticleMapper.FromStored(article));
    }
}
