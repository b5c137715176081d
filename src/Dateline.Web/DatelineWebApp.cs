using Dateline.Web.Api;
using Dateline.Web.Hosting;
using Dateline.Web.Pages;
using Dateline.Web.Security;
using Microsoft.AspNetCore.Builder;

namespace Dateline.Web;

/// <summary>The web host's composition root: services, then middleware, then the API and page route groups.</summary>
public static class DatelineWebApp
{
    public static WebApplication Build(WebOptions options)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.AddDatelineHosting(options);
        builder.Services.AddDatelineStore(options);
        builder.Services.AddDatelineApi(options);
        builder.Services.AddDatelineOpenApi();

        var app = builder.Build();
        app.UseDatelineSecurity();
        app.UseDatelineErrors();

        app.MapSearchApi();
        app.MapArticlesApi();
        app.MapEntitiesApi(options);
        app.MapQuotesApi();
        app.MapEventsApi();
        app.MapThreadsApi();
        app.MapTimelineApi();
        app.MapStatsApi();
        app.MapProcessApi(options);
        app.MapDatelineOpenApi();

        app.MapDatelinePages(options);
        app.MapDatelineAssets();
        return app;
    }
}
