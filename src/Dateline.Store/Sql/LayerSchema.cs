using System.Data.Common;
using System.Globalization;
using Dateline.Core.Layers;

namespace Dateline.Store.Sql;

/// <summary>
/// The tables of the registered layers, built from their <see cref="StoredTable"/> descriptions: one row per record,
/// keyed by (article, position), an index on each entity key. A layer's table is created when a store is first
/// opened with it; fields a newer version of the layer adds are added as columns. Nothing is ever dropped: a table
/// of a layer that is not registered is left as it is.
/// </summary>
internal static class LayerSchema
{
    public static void Ensure(DbConnection connection, SqlDialect dialect, LayerSet layers)
    {
        using var transaction = connection.BeginTransaction();
        foreach (var layer in layers.Stored)
        {
            var table = layer.Table!;
            var existing = dialect.Columns(connection, transaction, table.Name);
            if (existing.Count == 0)
            {
                connection.Execute(CreateTable(table, dialect), transaction);
            }
            else
            {
                foreach (var field in Fields(table).Where(f => !existing.Contains(f.Name)))
                {
                    connection.Execute($"ALTER TABLE {Quote(table.Name)} ADD COLUMN {Quote(field.Name)} {dialect.TypeOf(field.Kind)}", transaction);
                }
            }

            foreach (var field in Fields(table).Where(f => f.Kind == StoredFieldKind.EntityKey))
            {
                connection.Execute($"CREATE INDEX IF NOT EXISTS {Quote(table.Name + "_" + field.Name)} ON {Quote(table.Name)}({Quote(field.Name)})", transaction);
            }
        }

        // Made whenever the table is there, with or without the layer registered, as the facets read it by name.
        if (dialect.TableExists(connection, transaction, EntitiesByArticle.Table))
        {
            connection.Execute($"CREATE INDEX IF NOT EXISTS {Quote(EntitiesByArticle.Name)} ON {Quote(EntitiesByArticle.Table)}({EntitiesByArticle.Columns})", transaction);
        }

        transaction.Commit();
    }

    /// <summary>
    /// The narrow index of the entities layer's table by (article, entity) that the search facets' join reads
    /// (<see cref="SqlArticleQueries"/>): a sample's entity rows from 1,521 pages instead of the table's 7,696 at
    /// 100,000 articles, so they stay cached. Built on an existing store's first open with the layer (bench/README.md,
    /// issue 20, session 10).
    /// </summary>
    public static class EntitiesByArticle
    {
        public const string Table = "article_entities";
        public const string Name = "article_entities_article_entity";
        public const string Columns = "article, entity";
    }

    /// <summary>The stored fields of a table after (article, position), in order.</summary>
    public static IReadOnlyList<StoredField> Fields(StoredTable table) => [.. table.Columns.SelectMany(c => c.Fields)];

    public static string Quote(string identifier) => SqlDialect.Quote(identifier);

    public static string CreateTable(StoredTable table, SqlDialect dialect)
    {
        var fields = Fields(table).Select(f => $"{Quote(f.Name)} {dialect.TypeOf(f.Kind)}");
        return string.Create(
            CultureInfo.InvariantCulture,
            $"CREATE TABLE {Quote(table.Name)} (article BIGINT NOT NULL REFERENCES articles(rowid), position BIGINT NOT NULL, {string.Join(", ", fields)}, PRIMARY KEY(article, position)){dialect.LayerTableSuffix}");
    }
}
