using System.Data.Common;

namespace Dateline.Store.Sql;

internal static class SqlStats
{
    public static StoreStats Read(DbConnection c, SqlDialect dialect) => new(
        c.Long("SELECT count(*) FROM articles"),
        c.Long("SELECT count(*) FROM failures"),
        c.Long("SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL"),
        c.Long("SELECT count(*) FROM entities"))
    {
        BySource = Groups(c, "SELECT coalesce(site, '(unknown)'), count(*) FROM articles GROUP BY 1 ORDER BY 2 DESC, 1"),
        ByMonth = Groups(c, $"SELECT substr(published, 1, 7), count(*) FROM articles WHERE {dialect.IsMonth("published")} GROUP BY 1 ORDER BY 1"),
        ByEntityType = Groups(c, "SELECT label, count(*) FROM entities GROUP BY 1 ORDER BY 2 DESC, 1"),
        FailuresByKind = Groups(c, "SELECT kind, count(*) FROM failures GROUP BY 1 ORDER BY 2 DESC, 1"),
    };

    private static Dictionary<string, long> Groups(DbConnection c, string sql)
    {
        using var command = c.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var groups = new Dictionary<string, long>(StringComparer.Ordinal);
        while (reader.Read())
        {
            groups[reader.GetString(0)] = reader.GetInt64(1);
        }

        return groups;
    }
}
