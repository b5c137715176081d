using System.Globalization;
using Dateline.Core.Layers;
using Microsoft.Data.Sqlite;

namespace Dateline.Store.Sqlite;

/// <summary>
/// The tables of the registered layers, built from their <see cref="StoredTable"/> descriptions: one row per record,
/// keyed by (article, position), an index on each entity key. A layer's table is created when a store is first
/// opened with it; fields a newer version of the layer adds are added as columns. Nothing is ever dropped: a table
/// of a layer that is not registered is left as it is.
/// </summary>
internal static class SqliteLayerSchema
{
    public static void Ensure(SqliteConnection connection, LayerSet layers)
    {
        using var transaction = connection.BeginTransaction();
        foreach (var layer in layers.Stored)
        {
            var table = layer.Table!;
            var existing = Columns(connection, transaction, table.Name);
            if (existing.Count == 0)
            {
                Execute(connection, transaction, CreateTable(table));
            }
            else
            {
                foreach (var field in Fields(table).Where(f => !existing.Contains(f.Name)))
                {
                    Execute(connection, transaction, $"ALTER TABLE {Quote(table.Name)} ADD COLUMN {Quote(field.Name)} {TypeOf(field.Kind)}");
                }
            }

            foreach (var field in Fields(table).Where(f => f.Kind == StoredFieldKind.EntityKey))
            {
                Execute(connection, transaction, $"CREATE INDEX IF NOT EXISTS {Quote(table.Name + "_" + field.Name)} ON {Quote(table.Name)}({Quote(field.Name)})");
            }
        }

        transaction.Commit();
    }

    public static bool Exists(SqliteConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = $t";
        command.Parameters.AddWithValue("$t", table);
        return command.ExecuteScalar() is not null;
    }

    /// <summary>The stored fields of a table after (article, position), in order.</summary>
    public static IReadOnlyList<StoredField> Fields(StoredTable table) => [.. table.Columns.SelectMany(c => c.Fields)];

    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    public static string CreateTable(StoredTable table)
    {
        var fields = Fields(table).Select(f => $"{Quote(f.Name)} {TypeOf(f.Kind)}");
        return string.Create(
            CultureInfo.InvariantCulture,
            $"CREATE TABLE {Quote(table.Name)} (article INTEGER NOT NULL REFERENCES articles(rowid), position INTEGER NOT NULL, {string.Join(", ", fields)}, PRIMARY KEY(article, position)) WITHOUT ROWID");
    }

    private static string TypeOf(StoredFieldKind kind) => kind switch
    {
        StoredFieldKind.Integer => "INTEGER",
        StoredFieldKind.Real => "REAL",
        StoredFieldKind.EntityKey => "INTEGER REFERENCES entities(id)",
        _ => "TEXT",
    };

    private static HashSet<string> Columns(SqliteConnection connection, SqliteTransaction transaction, string table)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT name FROM pragma_table_info($t)";
        command.Parameters.AddWithValue("$t", table);
        using var reader = command.ExecuteReader();
        var names = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
