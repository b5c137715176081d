using System.CommandLine;
using Dateline.Core.Layers;
using Dateline.Store;
using Dateline.Store.Sqlite;

namespace Dateline.Cli.Commands;

/// <summary>The --db option every store command shares, and opening the store with a clear message when it fails.</summary>
public static class StoreOptions
{
    public const string DefaultPath = "dateline.db";

    /// <summary>The exit code of a store command whose store (or output) cannot be used: missing, not a store, not writable.</summary>
    public const int Unusable = 3;

    public static Option<string> Db() => new("--db")
    {
        Description = "The store file (SQLite); created when missing.",
        DefaultValueFactory = _ => DefaultPath,
    };

    /// <summary>Opens the store with the given layers (the full pipeline's by default), or prints why it cannot be opened and returns null.</summary>
    public static IArticleStore? Open(string path, string command, bool mustExist, LayerSet? layers = null)
    {
        if (mustExist && !File.Exists(path))
        {
            Console.Error.WriteLine($"dateline {command}: {path}: no such store (run `dateline ingest PATH... --db {path}` first)");
            return null;
        }

        try
        {
            return SqliteArticleStore.Open(path, layers ?? Compose.StoreLayers);
        }
        catch (StoreException e)
        {
            Console.Error.WriteLine($"dateline {command}: {e.Message}");
            return null;
        }
    }
}
