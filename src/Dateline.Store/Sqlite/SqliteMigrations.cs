using Dateline.Store.Entities;
using Dateline.Store.Sql;
using System.Reflection;
using Microsoft.Data.Sqlite;

namespace Dateline.Store.Sqlite;

/// <summary>
/// Versioned schema: migration N is the embedded script Migrations/00N_*.sql; PRAGMA user_version records the last
/// one applied. Each migration runs in its own transaction, so a crash mid-migration leaves the previous version.
/// </summary>
internal static class SqliteMigrations
{
    private static readonly EmbeddedMigrations Scripts = new("Dateline.Store.Migrations.");

    public static IReadOnlyList<(int Version, string Resource)> All => Scripts.All;

    public static int Latest => Scripts.Latest;

    /// <summary>The version from which places are keyed as countries by the entity subtype alone (Migrations/012).</summary>
    internal const int CountrySubtypeVersion = 12;

    public static void Apply(SqliteConnection connection)
    {
        var current = Convert.ToInt32(Scalar(connection, "PRAGMA user_version"), System.Globalization.CultureInfo.InvariantCulture);
        if (current > Latest)
        {
            throw new StoreException($"the database has schema version {current}, newer than this Dateline understands ({Latest}); upgrade Dateline");
        }

        StaleCountryKeys.Refuse(connection, current, keyedFrom: 4, CountrySubtypeVersion);

        // A migration may rebuild a table others reference (version 4 replaces entities); references are checked by
        // the code that rewrites them, so they are not enforced while the scripts run (the pragma is a no-op inside a
        // transaction, hence outside).
        Scalar(connection, "PRAGMA foreign_keys = OFF");
        try
        {
            ApplyFrom(connection, current);
        }
        finally
        {
            Scalar(connection, "PRAGMA foreign_keys = ON");
        }
    }

    private static void ApplyFrom(SqliteConnection connection, int current)
    {
        foreach (var (version, name) in All.Where(m => m.Version > current))
        {
            using var transaction = connection.BeginTransaction();
            using (var command = connection.CreateCommand())
            {
                command.Transaction = transaction;
                command.CommandText = EmbeddedMigrations.Read(name) + $"\nPRAGMA user_version = {version};";
                command.ExecuteNonQuery();
            }

            transaction.Commit();
        }
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
