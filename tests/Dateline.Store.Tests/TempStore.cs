using Dateline.Core.Layers;
using Dateline.Core.Pipeline;
using Dateline.Extraction;
using Dateline.Language;
using Dateline.Store.Entities;
using Dateline.Tests;

namespace Dateline.Store.Tests;

/// <summary>The kinds of store the contract tests run against.</summary>
public enum StoreKind
{
    Sqlite,
    Postgres,
}

/// <summary>
/// A fresh store, deleted afterwards, holding the layers of the full pipeline: a SQLite file in a temporary directory,
/// or a new database on the test PostgreSQL server (<see cref="PostgresTestServer"/>).
/// </summary>
public sealed class TempStore : IDisposable
{
    public TempStore()
        : this(Layers)
    {
    }

    public TempStore(StoreKind kind)
        : this(Layers, kind)
    {
    }

    public TempStore(LayerSet layers, StoreKind kind = StoreKind.Sqlite)
    {
        Kind = kind;
        _folder = new TempFolder("dateline-store-");
        Path = kind == StoreKind.Postgres ? PostgresTestServer.NewDatabase() : _folder.File("test.db");
        StoreLayers = layers;
        Store = StoreAddress.Open(Path, layers);
    }

    /// <summary>The layers of extraction and language, as `ingest` stores them.</summary>
    public static LayerSet Layers { get; } = new PipelineBuilder().UseExtraction().UseLanguage().Layers;

    public StoreKind Kind { get; }

    public LayerSet StoreLayers { get; }

    private readonly TempFolder _folder;

    public string Directory => _folder.Directory;

    /// <summary>The store's address: the SQLite file, or the PostgreSQL database's postgres:// address.</summary>
    public string Path { get; }

    public IArticleStore Store { get; private set; }

    public IEntityCurator Curator => (IEntityCurator)Store;

    public void Reopen()
    {
        Store.Dispose();
        Store = StoreAddress.Open(Path, StoreLayers);
    }

    public void Dispose()
    {
        Store.Dispose();
        if (Kind == StoreKind.Postgres)
        {
            PostgresTestServer.Drop(Path);
        }

        _folder.Dispose();
    }
}
