using System.Text;

namespace Dateline.Store.Sql;

/// <summary>The key under which entity names are made canonical across the collection: case, spacing and edge punctuation ignored.</summary>
internal static class EntityNames
{
    public static string Normalize(string name)
    {
        var sb = new StringBuilder(name.Length);
        var space = false;
        foreach (var c in name.Trim().Trim('.', ',', ';', ':', '"', '\'', '(', ')', '’', '‘', '“', '”'))
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && sb.Length > 0)
            {
                sb.Append(' ');
            }

            space = false;
            sb.Append(char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }

    /// <summary>
    /// The SQL condition that the entity id in <paramref name="idColumn"/> is an entity called by a name: its own name,
    /// any name it was seen under ("U.S." for the United States), or for a person a name its full name ends or starts
    /// with (surname "Putin" finds "Vladimir Putin"). Bind <paramref name="parameter"/> to <see cref="Normalize"/> of
    /// the name. Search filters, entity lookup and thread filters all match names this way.
    /// </summary>
    public static string Matches(string idColumn, string parameter) => $"""
        {idColumn} IN (SELECT e.id FROM entities e
            WHERE e.norm = {parameter} OR e.id IN (SELECT n.entity FROM entity_names n WHERE n.norm = {parameter})
               OR (e.key LIKE 'PER|%' AND {EndsOrStartsWith("e.norm", parameter)}))
        """;

    /// <summary>
    /// The SQL condition that the normalized name in <paramref name="column"/> ends or starts with the word(s) in
    /// <paramref name="parameter"/> (a surname, a first name). The parameter's '%', '_' and backslash are matched as
    /// written, not as LIKE wildcards: "%" once matched every name of two words. Same SQL in SQLite and PostgreSQL.
    /// </summary>
    public static string EndsOrStartsWith(string column, string parameter)
    {
        var literal = SqlLike.Literal(parameter);
        return $"({column} LIKE '% ' || {literal} {SqlLike.Escape} OR {column} LIKE {literal} || ' %' {SqlLike.Escape})";
    }
}
