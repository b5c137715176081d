using Dateline.Core.Layers;
using Dateline.Core.Pipeline;
using Dateline.Extraction;
using Dateline.Language;
using Dateline.Store.Sqlite;
using Dateline.Tests;

namespace Dateline.Store.Tests;

/// <summary>A store in a fresh temporary directory, deleted afterwards, holding the layers of the full pipeline.</summary>
public sealed class TempStore : IDisposable
{
    public TempStore()
        : this(Layers)
    {
    }

    public TempStore(LayerSet layers)
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("dateline-store-").FullName;
        Path = System.IO.Path.Combine(Directory, "test.db");
        StoreLayers = layers;
        Store = SqliteArticleStore.Open(Path, layers);
    }

    /// <summary>The layers of extraction and language, as `ingest` stores them.</summary>
    public static LayerSet Layers { get; } = new PipelineBuilder().UseExtraction().UseLanguage().Layers;

    public LayerSet StoreLayers { get; }

    public string Directory { get; }

    public string Path { get; }

    public SqliteArticleStore Store { get; private set; }

    public void Reopen()
    {
        Store.Dispose();
        Store = SqliteArticleStore.Open(Path, StoreLayers);
    }

    public void Dispose()
    {
        Store.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            HostileFiles.Delete(Directory);
        }
        catch (IOException)
        {
            // Best effort: a temp folder left behind is harmless.
        }
    }
}
