using System.Text.Json.Serialization;
using Dateline.Core.Pipeline;
using Dateline.Extraction;
using Dateline.Language;
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
        if (options.AllowProcess)
        {
            services.AddSingleton(new PipelineBuilder().UseExtraction().UseLanguage().Build());
            services.AddSingleton<PageProcessor>();
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
