using Dateline.Core.Layers;
using Dateline.Store.Postgres;
using Dateline.Store.Sqlite;

namespace Dateline.Store;

/// <summary>
/// Where a store lives, as users write it: a file path is the embedded SQLite store, <c>postgres://user@host:5432/db</c>
/// a PostgreSQL database shared by a fleet.
/// </summary>
public static class StoreAddress
{
    /// <summary>The environment variable a store command reads its address from when none is given.</summary>
    public const string EnvironmentVariable = "DATELINE_STORE";

    public static bool IsPostgres(string address) => PostgresAddress.Is(address);

    /// <summary>Opens (creating if needed) the store at the address with the given layers.</summary>
    /// <exception cref="StoreException">The store cannot be opened; the message names the address and the reason.</exception>
    public static IArticleStore Open(string address, LayerSet layers)
        => IsPostgres(address) ? PostgresArticleStore.Open(address, layers) : SqliteArticleStore.Open(address, layers);

    /// <summary>
    /// Opens the store at the address for a command that only reads: a SQLite file that cannot be written (a read-only
    /// mount) is opened read-only (<see cref="SqliteArticleStore.OpenForReading"/>); otherwise as <see cref="Open"/>.
    /// </summary>
    /// <exception cref="StoreException">The store cannot be opened; the message names the address and the reason.</exception>
    public static IArticleStore OpenForReading(string address, LayerSet layers)
        => IsPostgres(address) ? PostgresArticleStore.Open(address, layers) : SqliteArticleStore.OpenForReading(address, layers);

    /// <summary>The address as it may be printed (a password left out).</summary>
    public static string Describe(string address) => PostgresAddress.WithoutPassword(address);
}
