namespace Dateline.Store.Sql;

/// <summary>
/// A bound parameter matched as written inside a LIKE pattern: its '%', '_' and backslash escaped in SQL, with the
/// pattern's <see cref="Escape"/> clause. Same SQL in SQLite and PostgreSQL. Without it "%" in a filter matched every
/// row (red-team pass, nineteenth sitting).
/// </summary>
public static class SqlLike
{
    /// <summary>The clause that follows every pattern built with <see cref="Literal"/>.</summary>
    public const string Escape = "ESCAPE '\\'";

    /// <summary>The SQL expression of <paramref name="parameter"/> with LIKE's wildcards and escape character escaped.</summary>
    public static string Literal(string parameter) => $"replace(replace(replace({parameter}, '\\', '\\\\'), '%', '\\%'), '_', '\\_')";
}
