using Dateline.Store;
using Dateline.Store.Entities;
using Dateline.Store.Queries;
using Dateline.Web.Browse;
using Microsoft.Extensions.DependencyInjection;

namespace Dateline.Web.Hosting;

/// <summary>The store behind the API and pages, opened once; the host disposes it at shutdown.</summary>
public static class StoreServiceExtensions
{
    public static IServiceCollection AddDatelineStore(this IServiceCollection services, WebOptions options)
    {
        // Open now, so a bad --db fails at startup with the store's message rather than on the first request. Without
        // curation the site only reads, so a store on a read-only mount is opened read-only.
        var store = options.AllowCuration ? StoreAddress.Open(options.Store, options.Layers) : StoreAddress.OpenForReading(options.Store, options.Layers);
        services.AddSingleton(options);
        services.AddSingleton<IArticleStore>(store);
        services.AddSingleton((IEntityCurator)store);
        services.AddSingleton(store.Queries());
        services.AddSingleton<SearchService>();
        services.AddSingleton<EntityService>();
        return services;
    }
}
