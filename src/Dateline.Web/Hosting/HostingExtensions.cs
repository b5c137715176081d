using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dateline.Web.Hosting;

/// <summary>Kestrel: where it listens, and the request size limits that keep a hostile client from exhausting memory.</summary>
public static class HostingExtensions
{
    public static WebApplicationBuilder AddDatelineHosting(this WebApplicationBuilder builder, WebOptions options)
    {
        builder.WebHost.UseUrls([.. options.Urls]);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = options.MaxRequestBytes;
            k.Limits.MaxRequestLineSize = 8 * 1024;
            k.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            k.Limits.MaxRequestHeaderCount = 64;
        });
        builder.Services.Configure<FormOptions>(f =>
        {
            f.ValueLengthLimit = (int)Math.Min(int.MaxValue, options.MaxRequestBytes);
            f.MultipartBodyLengthLimit = options.MaxRequestBytes;
            f.ValueCountLimit = 64;
        });

        // Bound to loopback, only loopback host names are answered: a web page cannot reach the API through DNS rebinding.
        var loopback = options.Urls.All(IsLoopback);
        builder.Services.AddHostFiltering(h => h.AllowedHosts = loopback ? ["localhost", "127.0.0.1", "[::1]"] : ["*"]);

        builder.Logging.ClearProviders();
        if (options.Logging)
        {
            builder.Logging.AddSimpleConsole(c => c.SingleLine = true);
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Information);
        }

        return builder;
    }

    private static bool IsLoopback(string url)
    {
        if (!Uri.TryCreate(url.Replace("://+", "://0.0.0.0", StringComparison.Ordinal).Replace("://*", "://0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri))
        {
            return false;
        }

        return uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
    }
}
