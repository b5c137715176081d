using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Scalar.AspNetCore;

namespace Dateline.Web.Hosting;

/// <summary>The OpenAPI document at /openapi/v1.json and a browsable API page at /api/docs, served locally.</summary>
public static class OpenApiExtensions
{
    public const string DocsPath = "/api/docs";

    public static IServiceCollection AddDatelineOpenApi(this IServiceCollection services)
    {
        services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Dateline API";
            document.Info.Description = "Search, read and explore the articles, entities and quotes of a Dateline store.";
            return Task.CompletedTask;
        }));
        return services;
    }

    public static WebApplication MapDatelineOpenApi(this WebApplication app)
    {
        app.MapOpenApi();
        app.MapScalarApiReference(DocsPath, o =>
        {
            o.Title = "Dateline API";
            o.DefaultFonts = false;
        });
        return app;
    }
}
