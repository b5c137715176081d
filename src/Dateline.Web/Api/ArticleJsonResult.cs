using System.Reflection;
using System.Text.Json;
using Dateline.Core.Model;
using Dateline.Core.Output;
using Dateline.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;

namespace Dateline.Web.Api;

/// <summary>
/// An article in the one article contract (docs/output-contract.md), written straight to the response: the same
/// JSON `annotate` prints for a document and `show` prints for a stored article (with its "store" object).
/// </summary>
internal sealed class ArticleJsonResult : IResult, IEndpointMetadataProvider
{
    private readonly Action<Utf8JsonWriter> _write;

    private ArticleJsonResult(Action<Utf8JsonWriter> write)
    {
        _write = write;
    }

    public static ArticleJsonResult Stored(StoredArticle article, ArticleJsonWriter json) => new(w => StoredArticleJson.Write(w, article, json));

    public static ArticleJsonResult Processed(Document document, ArticleJsonWriter json) => new(w => json.Write(w, document));

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
        => builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(JsonElement), ["application/json"]) { Description = "The article: see docs/output-contract.md and docs/article.schema.json." });

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        httpContext.Response.ContentType = "application/json; charset=utf-8";
        await using var writer = new Utf8JsonWriter(httpContext.Response.BodyWriter, ArticleJsonWriter.CompactOptions);
        _write(writer);
        await writer.FlushAsync(httpContext.RequestAborted);
    }
}
