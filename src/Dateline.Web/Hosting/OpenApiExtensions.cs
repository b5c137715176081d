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
        services.AddOpenApi(o =>
        {
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "Dateline API";
                document.Info.Description = """
                    Search, read and explore the articles, entities and quotes of a Dateline store. Responses are JSON;
                    a bad parameter gives 400 with problem details naming each one, an unknown id 404. Articles are in
                    the article contract (docs/output-contract.md). Text offsets are UTF-16 code units, half-open.
                    """;
                return Task.CompletedTask;
            });
            o.AddOperationTransformer<OpenApiXmlDocs>();
            o.AddOperationTransformer<OpenApiParameterTypes>();
        });
        return services;
    }

    public static WebApplication MapDatelineOpenApi(this WebApplication app)
    {
        app.MapOpenApi();
        // Served from this process with nothing that needs the network: no AI chat, no MCP, no developer toolbar
        // (its deploy button), no telemetry, no web fonts.
        app.MapScalarApiReference(DocsPath, o =>
        {
            o.Title = "Dateline API";
            o.DefaultFonts = false;
            o.Agent = new ScalarAgentOptions { Disabled = true };
            o.Mcp = new ScalarMcpOptions { Disabled = true };
            o.ShowDeveloperTools = DeveloperToolsVisibility.Never;
            o.Telemetry = false;
            o.HideClientButton = true;
            o.DocumentDownloadType = DocumentDownloadType.Json;
        });
        return app;
    }
}
