using System.Reflection;
using System.Xml.Linq;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Dateline.Web.Hosting;

/// <summary>
/// The handlers' XML doc comments as the OpenAPI description of their operations: the summary and remarks of the
/// method, each <c>param</c> (or, for <c>[AsParameters]</c> records, each property's summary) as its parameter's
/// description, each <c>response</c> as its response's. Read from the documentation file built beside this assembly.
/// </summary>
internal sealed class OpenApiXmlDocs : IOpenApiOperationTransformer
{
    private static readonly Lazy<Dictionary<string, XElement>> Members = new(Load);

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var method = context.Description.ActionDescriptor.EndpointMetadata.OfType<MethodInfo>().FirstOrDefault();
        if (method?.DeclaringType is not { } type || Find($"M:{type.FullName}.{method.Name}") is not { } doc)
        {
            return Task.CompletedTask;
        }

        var about = string.Join("\n\n", new[] { Text(doc.Element("summary")), Text(doc.Element("remarks")) }.Where(t => t.Length > 0));
        if (string.IsNullOrEmpty(operation.Description) && about.Length > 0)
        {
            operation.Description = about;
        }

        var descriptions = doc.Elements("param").ToDictionary(p => (string?)p.Attribute("name") ?? string.Empty, Text, StringComparer.Ordinal);
        foreach (var record in method.GetParameters().Where(p => p.GetCustomAttribute<AsParametersAttribute>() is not null).Select(p => p.ParameterType))
        {
            foreach (var property in record.GetProperties())
            {
                var name = property.GetCustomAttribute<FromQueryAttribute>()?.Name ?? property.Name;
                if (Find($"P:{record.FullName}.{property.Name}") is { } summary)
                {
                    descriptions[name] = Text(summary.Element("summary"));
                }
            }
        }

        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            if (string.IsNullOrEmpty(parameter.Description) && parameter.Name is { } name && descriptions.TryGetValue(name, out var text) && text.Length > 0)
            {
                parameter.Description = text;
            }
        }

        foreach (var response in doc.Elements("response"))
        {
            if ((string?)response.Attribute("code") is { } code && operation.Responses?.TryGetValue(code, out var r) == true && r is OpenApiResponse known)
            {
                known.Description = Text(response);
            }
        }

        if (operation.RequestBody is OpenApiRequestBody body && string.IsNullOrEmpty(body.Description)
            && method.GetParameters().FirstOrDefault(p => p.ParameterType.IsClass && p.ParameterType.Namespace?.EndsWith(".Contracts", StringComparison.Ordinal) == true) is { } input
            && descriptions.TryGetValue(input.Name ?? string.Empty, out var bodyText))
        {
            body.Description = bodyText;
        }

        return Task.CompletedTask;
    }

    /// <summary>The documentation of a member by its id without parameter list (handler names are unique in their class).</summary>
    private static XElement? Find(string id)
        => Members.Value.TryGetValue(id, out var exact) ? exact : Members.Value.FirstOrDefault(m => m.Key.StartsWith(id + "(", StringComparison.Ordinal)).Value;

    /// <summary>An element's text on one line, with <c>see cref</c> references as their last name part.</summary>
    private static string Text(XElement? element)
    {
        if (element is null)
        {
            return string.Empty;
        }

        var parts = element.Nodes().Select(n => n switch
        {
            XText t => t.Value,
            XElement { Name.LocalName: "see" } see => ((string?)see.Attribute("cref") ?? (string?)see.Attribute("langword") ?? string.Empty).Split('.', ':')[^1],
            XElement e => e.Value,
            _ => string.Empty,
        });
        return string.Join(' ', string.Concat(parts).Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
    }

    private static Dictionary<string, XElement> Load()
    {
        var path = Path.ChangeExtension(typeof(OpenApiXmlDocs).Assembly.Location, ".xml");
        return File.Exists(path)
            ? XDocument.Load(path).Descendants("member").Where(m => m.Attribute("name") is not null).ToDictionary(m => (string)m.Attribute("name")!, StringComparer.Ordinal)
            : [];
    }
}
