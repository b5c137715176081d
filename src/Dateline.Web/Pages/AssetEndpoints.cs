using System.Collections.Frozen;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dateline.Web.Pages;

/// <summary>Serves the stylesheet and script embedded in this assembly: no files on disk to find, no CDN.</summary>
public static class AssetEndpoints
{
    private const string Prefix = "Dateline.Web.Assets.";

    public static string Path(string name) => "/assets/" + name;

    public static IEndpointRouteBuilder MapDatelineAssets(this IEndpointRouteBuilder app)
    {
        var assets = Load();
        app.MapGet("/assets/{name}", (string name, HttpContext context) =>
        {
            if (!assets.TryGetValue(name, out var asset))
            {
                return Results.NotFound();
            }

            context.Response.Headers.CacheControl = "public, max-age=300";
            return Results.Bytes(asset.Bytes, asset.ContentType);
        }).ExcludeFromDescription();
        return app;
    }

    private static FrozenDictionary<string, Asset> Load()
    {
        var assembly = typeof(AssetEndpoints).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .ToFrozenDictionary(n => n[Prefix.Length..], n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                var type = n.EndsWith(".css", StringComparison.Ordinal) ? "text/css; charset=utf-8"
                    : n.EndsWith(".js", StringComparison.Ordinal) ? "text/javascript; charset=utf-8"
                    : n.EndsWith(".svg", StringComparison.Ordinal) ? "image/svg+xml"
                    : "application/octet-stream";
                return new Asset(buffer.ToArray(), type);
            }, StringComparer.Ordinal);
    }

    private sealed record Asset(byte[] Bytes, string ContentType);
}
