using System.Globalization;
using Dateline.Store.Entities;
using Dateline.Store.Sql;
using Npgsql;

namespace Dateline.Store.Postgres;

/// <summary>
/// Versioned schema of the PostgreSQL store: migration N is the embedded script Migrations/00N_*.sql, the table
/// <c>dateline_schema</c> records the last one applied. Each migration runs in its own transaction; a session lock
/// makes workers that start together migrate one after another.
/// </summary>
internal static class PostgresMigrations
{
    private static readonly EmbeddedMigrations Scripts = new("Dateline.Store.Postgres.Migrations.");

    /// <summary>The advisory lock key every Dateline process takes while it changes the schema.</summary>
    internal const long SchemaLock = 0x4461_7465_6C69_6E65; // "Dateline"

    public static IReadOnlyList<(int Version, string Resource)> All => Scripts.All;

    public static int Latest => Scripts.Latest;

    /// <summary>The version from which places are keyed as countries by the entity subtype alone (Migrations/004).</summary>
    internal const int CountrySubtypeVersion = 4;

    public static void Apply(NpgsqlConnection connection)
    {
        connection.Execute("CREATE TABLE IF NOT EXISTS dateline_schema (version INTEGER NOT NULL)");
        var current = Current(connection);
        if (current > Latest)
        {
            throw new StoreException($"the database has schema version {current}, newer than this Dateline understands ({Latest}); upgrade Dateline");
        }

        StaleCountryKeys.Refuse(connection, current, keyedFrom: 1, CountrySubtypeVersion);

        foreach (var (version, name) in All.Where(m => m.Version > current))
        {
            using var transaction = connection.BeginTransaction();
            connection.Execute(EmbeddedMigrations.Read(name), transaction);
            connection.Execute("DELETE FROM dateline_schema", transaction);
            connection.Execute(string.Create(CultureInfo.InvariantCulture, $"INSERT INTO dateline_schema(version) VALUES ({version})"), transaction);
            transaction.Commit();
        }
    }

    private static int Current(NpgsqlConnection connection)
    {
        using var command = connection.Command("SELECT max(version) FROM dateline_schema");
        return command.ExecuteScalar() is int v ? v : 0;
    }
}
