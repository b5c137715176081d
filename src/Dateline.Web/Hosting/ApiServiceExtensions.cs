using System.Text.Json.Serialization;
using Dateline.Core.Running;
using Dateline.Web.Browse;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;

namespace Dateline.Web.Hosting;

/// <summary>JSON, problem details for every error, antiforgery for the paste form, and the pipeline when processing is allowed.</summary>
public static class ApiServiceExtensions
{
    public static IServiceCollection AddDatelineApi(this IServiceCollection services, WebOptions options)
    {
        services.Configure<JsonOptions>(j =>
        {
            j.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
            j.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
        });
        services.AddProblemDetails();

        // Antiforgery keys live in memory: serve writes nothing outside the store, and a restart only expires open forms.
        services.AddDataProtection().UseEphemeralDataProtectionProvider();
        services.AddAntiforgery(a =>
        {
            a.Cookie.Name = "dateline-af";
            a.Cookie.SameSite = SameSiteMode.Strict;
            a.FormFieldName = "__af";
        });
        if (options.ProcessPipeline is { } pipeline)
        {
            services.AddSingleton(new PageProcessor(new DocumentRunner(pipeline, new RunnerOptions { Workers = 1, PerDocumentLimit = options.ProcessTimeLimit })));
        }

        return services;
    }

    /// <summary>Unhandled exceptions and bare status codes become problem details; nothing leaks a stack trace.</summary>
    public static WebApplication UseDatelineErrors(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAntiforgery();
        return app;
    }
}
