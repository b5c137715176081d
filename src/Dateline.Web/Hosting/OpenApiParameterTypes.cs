using System.Text.Json.Nodes;
using Dateline.Core.Layers.Entities;
using Dateline.Store.Queries;
using Dateline.Store.Search;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Dateline.Web.Hosting;

/// <summary>
/// The types query parameters really have. Handlers bind them as strings so that a malformed value gets a message
/// naming it (a 400 listing every problem) rather than a bare 400; the OpenAPI document still says what each one is:
/// page numbers and ids are integers, dates follow a pattern, choices list their values, flags are booleans.
/// </summary>
internal sealed class OpenApiParameterTypes : IOpenApiOperationTransformer
{
    private const string DatePattern = @"^\d{4}(-\d{2}(-\d{2})?)?$";

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            if (Schema(operation.OperationId, parameter.Name) is { } schema)
            {
                schema.Description ??= parameter.Description;
                parameter.Schema = schema;
            }
        }

        return Task.CompletedTask;
    }

    private static OpenApiSchema? Schema(string? operation, string? name) => (operation, name) switch
    {
        (_, "page") => new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "1", Default = 1 },
        (_, "from" or "to") => new OpenApiSchema { Type = JsonSchemaType.String, Pattern = DatePattern, Description = "A date: yyyy, yyyy-MM or yyyy-MM-dd." },
        (_, "raw") => new OpenApiSchema { Type = JsonSchemaType.Boolean, Default = false },
        ("GetEntity", "id") or ("Timeline", "entity") => new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int64", Minimum = "1" },
        (_, "interval") => Choice<TimelineInterval>(TimelineInterval.Month),
        ("Search", "sort") => Choice<SearchSort>(SearchSort.Relevance),
        ("ListQuotes", "sort") => Choice<QuoteSort>(QuoteSort.Newest),
        ("ListQuotes", "kind") => Choice<QuoteKindFilter>(QuoteKindFilter.All),
        ("Search", "type") => new OpenApiSchema { Type = JsonSchemaType.String, Enum = [.. EntityLabels.All.Select(l => (JsonNode)JsonValue.Create(l.Code()))] },
        _ => null,
    };

    private static OpenApiSchema Choice<T>(T defaultValue)
        where T : struct, Enum
        => new()
        {
            Type = JsonSchemaType.String,
            Enum = [.. Enum.GetNames<T>().Select(n => (JsonNode)JsonValue.Create(n.ToLowerInvariant()))],
            Default = defaultValue.ToString().ToLowerInvariant(),
        };
}
