using Dateline.Core.Layers;
using Dateline.Core.Pipeline;

namespace Dateline.Web;

/// <summary>
/// How `dateline serve` runs: the store and the layers it holds (the API's article and the article page iterate
/// them), where it listens, and what it allows. The host composes the layers and the pipeline; the web project names
/// no layer.
/// </summary>
public sealed record WebOptions(string Store, LayerSet Layers)
{
    /// <summary>The pipeline POST /api/process and the paste box run; they are mapped only when it is set.</summary>
    public Pipeline? ProcessPipeline { get; init; }

    /// <summary>Listen addresses; loopback only unless the user asks for more.</summary>
    public IReadOnlyList<string> Urls { get; init; } = ["http://127.0.0.1:5088"];

    /// <summary>POST /api/process and the paste-a-page box: off by default, since they run the pipeline on demand.</summary>
    public bool AllowProcess => ProcessPipeline is not null;

    /// <summary>
    /// POST /api/entities/{id}/merge|split|rename: off by default, since they change the store (a curator turns them on
    /// with --allow-curation). They take JSON bodies only, which a cross-site form cannot send.
    /// </summary>
    public bool AllowCuration { get; init; }

    /// <summary>Largest request body accepted (the paste box and POST /api/process), in bytes.</summary>
    public long MaxRequestBytes { get; init; } = 2 * 1024 * 1024;

    /// <summary>Time one /api/process document may take before it fails as a timeout.</summary>
    public TimeSpan ProcessTimeLimit { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Search results per page.</summary>
    public int PageSize { get; init; } = 20;

    /// <summary>Deepest page a search serves: paging re-ranks from the top, so depth is bounded.</summary>
    public int MaxPage { get; init; } = 50;

    /// <summary>Values shown per facet.</summary>
    public int FacetSize { get; init; } = 15;

    /// <summary>Log requests and startup to the console (the CLI does; tests don't).</summary>
    public bool Logging { get; init; } = true;
}
