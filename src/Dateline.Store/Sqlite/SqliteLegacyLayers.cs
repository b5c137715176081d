using Microsoft.Data.Sqlite;

using Dateline.Store.Sql;

namespace Dateline.Store.Sqlite;

/// <summary>
/// The second half of migration 3: copies the rows of the hand-made layer tables of schema versions 1 and 2 (renamed
/// legacy_* by the migration) into the tables built from the registered layers, keeping each article's order, then
/// drops them; the paragraphs column of articles likewise becomes the paragraphs table. It waits until the store is
/// opened with the layers the legacy tables hold (a store opened with fewer keeps them for a later run), so nothing
/// is lost. Each step is one transaction; a no-op once everything is imported.
/// </summary>
internal static class SqliteLegacyLayers
{
    /// <summary>Legacy table → the layer table it becomes and the SELECT that gives the layer table's fields in order.</summary>
    private static readonly (string Legacy, string Table, string Fields, string Select)[] Imports =
    [
        ("legacy_article_entities", "article_entities",
            "article, position, entity, local_entity, name, label, roles, country, latitude, longitude, mention_count, mentions",
            """
            SELECT ae.article, row_number() OVER (PARTITION BY ae.article ORDER BY ae.local_id) - 1, ae.entity, ae.local_id, ae.name,
                   e.label, ae.roles, e.country, e.latitude, e.longitude, ae.mention_count,
                   (SELECT CASE WHEN count(*) = 0 THEN NULL ELSE json_group_array(json_array(s, f)) END
                    FROM (SELECT m.start AS s, m."end" AS f FROM legacy_mentions m WHERE m.article = ae.article AND m.local_entity = ae.local_id ORDER BY m.start))
            FROM legacy_article_entities ae JOIN entities_v3 e ON e.id = ae.entity
            """),
        ("legacy_mentions", "mentions", "article, position, start, \"end\", label, entity, local_entity",
            "SELECT article, row_number() OVER (PARTITION BY article ORDER BY rowid) - 1, start, \"end\", label, entity, local_entity FROM legacy_mentions"),
        ("legacy_quotes", "quotes", "article, position, start, \"end\", kind, cue, cue_start, cue_end, speaker_start, speaker_end, speaker, local_speaker",
            "SELECT article, row_number() OVER (PARTITION BY article ORDER BY rowid) - 1, start, \"end\", kind, cue, cue_start, cue_end, speaker_start, speaker_end, speaker, local_speaker FROM legacy_quotes"),
        ("legacy_times", "times", "article, position, start, \"end\", type, value",
            "SELECT article, row_number() OVER (PARTITION BY article ORDER BY rowid) - 1, start, \"end\", type, value FROM legacy_times"),
        ("legacy_amounts", "amounts", "article, position, start, \"end\", value, upper_value, modifier, unit",
            "SELECT article, row_number() OVER (PARTITION BY article ORDER BY rowid) - 1, start, \"end\", value, upper_value, modifier, unit FROM legacy_amounts"),
        ("legacy_relations", "relations", "article, position, start, \"end\", type, subject, local_subject, object, local_object",
            "SELECT article, row_number() OVER (PARTITION BY article ORDER BY rowid) - 1, start, \"end\", type, subject, local_subject, object, nullif(local_object, '') FROM legacy_relations"),
        ("legacy_related_links", "related_links", "article, position, title, summary, url",
            "SELECT article, position, title, summary, url FROM legacy_related_links"),
        ("legacy_removed_blocks", "removed_blocks", "article, position, text, reason",
            "SELECT article, position, text, reason FROM legacy_removed_blocks"),
    ];

    public static void Import(SqliteConnection connection)
    {
        if (HasColumn(connection, "articles", "paragraphs") && SqliteDialect.Instance.TableExists(connection, null, "paragraphs"))
        {
            using var transaction = connection.BeginTransaction();
            ImportParagraphs(connection, transaction);
            transaction.Commit();
        }

        // The entities' spans come from the legacy mentions, so the other tables move together or not at all.
        var legacy = Imports.Where(i => SqliteDialect.Instance.TableExists(connection, null, i.Legacy)).ToList();
        if (legacy.Count == 0 || legacy.Any(i => !SqliteDialect.Instance.TableExists(connection, null, i.Table)))
        {
            return;
        }

        // A store whose version-3 entities an earlier build dropped before this import (it resolved entities while the
        // import waited): empty legacy entity rows lose nothing and are dropped; rows that name the lost entities
        // cannot be imported whole, and the store says so rather than guess their types and places.
        if (!SqliteDialect.Instance.TableExists(connection, null, "entities_v3") && legacy.Any(i => i.Legacy == "legacy_article_entities"))
        {
            using var count = connection.CreateCommand();
            count.CommandText = "SELECT EXISTS (SELECT 1 FROM legacy_article_entities)";
            if (Convert.ToInt64(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) != 0)
            {
                throw new InvalidOperationException("legacy_article_entities holds rows of schema version 2 whose entities (entities_v3) are gone; restore the store from a copy made before it was opened by a build older than this one");
            }

            using (var transaction = connection.BeginTransaction())
            {
                Execute(connection, transaction, "DROP TABLE legacy_article_entities");
                transaction.Commit();
            }

            legacy.RemoveAll(i => i.Legacy == "legacy_article_entities");
            if (legacy.Count == 0)
            {
                return;
            }
        }

        // The imported rows name entities of the version-3 table (entities_v3), which the entity resolution that
        // follows the import re-links; until then the references are not enforced.
        using (var off = connection.CreateCommand())
        {
            off.CommandText = "PRAGMA foreign_keys = OFF";
            off.ExecuteNonQuery();
        }

        try
        {
            using var transaction = connection.BeginTransaction();
            Import(connection, transaction, legacy);
            transaction.Commit();
        }
        finally
        {
            using var on = connection.CreateCommand();
            on.CommandText = "PRAGMA foreign_keys = ON";
            on.ExecuteNonQuery();
        }
    }

    private static void Import(SqliteConnection connection, SqliteTransaction transaction, List<(string Legacy, string Table, string Fields, string Select)> legacy)
    {
        foreach (var (_, table, fields, select) in legacy)
        {
            Execute(connection, transaction, $"INSERT INTO {table}({fields}) {select}");
        }

        foreach (var (name, _, _, _) in legacy)
        {
            Execute(connection, transaction, $"DROP TABLE {name}");
        }
    }

    private static void ImportParagraphs(SqliteConnection connection, SqliteTransaction transaction)
    {
        using (var select = connection.CreateCommand())
        using (var insert = connection.CreateCommand())
        {
            select.Transaction = transaction;
            select.CommandText = "SELECT rowid, paragraphs FROM articles WHERE paragraphs IS NOT NULL";
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO paragraphs(article, position, start, \"end\") VALUES($a, $p, $s, $e)";
            var a = insert.Parameters.Add("$a", SqliteType.Integer);
            var p = insert.Parameters.Add("$p", SqliteType.Integer);
            var s = insert.Parameters.Add("$s", SqliteType.Integer);
            var e = insert.Parameters.Add("$e", SqliteType.Integer);
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                var spans = StoreJson.Pairs(reader.GetString(1)) ?? [];
                for (var i = 0; i < spans.Length; i++)
                {
                    a.Value = reader.GetInt64(0);
                    p.Value = i;
                    s.Value = spans[i][0];
                    e.Value = spans[i][1];
                    insert.ExecuteNonQuery();
                }
            }
        }

        Execute(connection, transaction, "ALTER TABLE articles DROP COLUMN paragraphs");
    }

    private static bool HasColumn(SqliteConnection connection, string table, string column)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1 FROM pragma_table_info($t) WHERE name = $c";
        command.Parameters.AddWithValue("$t", table);
        command.Parameters.AddWithValue("$c", column);
        return command.ExecuteScalar() is not null;
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
