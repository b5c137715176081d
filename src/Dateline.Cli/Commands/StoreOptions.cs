using System.CommandLine;
using Dateline.Core.Layers;
using Dateline.Store;

namespace Dateline.Cli.Commands;

/// <summary>
/// The --db (alias --store) option every store command shares, and opening the store with a clear message when it
/// fails. A file path is the embedded SQLite store; postgres://user@host:5432/database a PostgreSQL store.
/// </summary>
public static class StoreOptions
{
    public const string DefaultPath = "dateline.db";

    /// <summary>The exit code of a store command whose store (or output) cannot be used: missing, not a store, not writable.</summary>
    public const int Unusable = 3;

    public static Option<string> Db() => new("--db", "--store")
    {
        Description = $"The store: a SQLite file (created when missing) or postgres://user@host:5432/database. Default: ${StoreAddress.EnvironmentVariable}, else {DefaultPath}.",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable(StoreAddress.EnvironmentVariable) is { Length: > 0 } address ? address : DefaultPath,
    };

    /// <summary>Whether the store at <paramref name="address"/> is missing (only a file can be: a database is created by its administrator).</summary>
    public static bool IsMissing(string address) => !StoreAddress.IsPostgres(address) && !File.Exists(address);

    /// <summary>
    /// Opens the store with the given layers (the full pipeline's by default), or prints why it cannot be opened and
    /// returns null. <paramref name="readsOnly"/>: the command only reads, so a store that cannot be written (a
    /// read-only mount) is opened read-only.
    /// </summary>
    public static IArticleStore? Open(string path, string command, bool mustExist, LayerSet? layers = null, bool readsOnly = false)
    {
        if (mustExist && IsMissing(path))
        {
            Console.Error.WriteLine($"dateline {command}: {path}: no such store (run `dateline ingest PATH... --db {path}` first)");
            return null;
        }

        try
        {
            return readsOnly ? StoreAddress.OpenForReading(path, layers ?? Compose.StoreLayers) : StoreAddress.Open(path, layers ?? Compose.StoreLayers);
        }
        catch (StoreException e)
        {
            Console.Error.WriteLine($"dateline {command}: {e.Message}");
            return null;
        }
    }
}
