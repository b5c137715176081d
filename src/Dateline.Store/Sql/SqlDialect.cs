using System.Data.Common;
using Dateline.Core.Layers;

namespace Dateline.Store.Sql;

/// <summary>
/// What differs between the databases a store can live in, so that the writer, the entity resolver, the thread
/// assigner and the read queries are one implementation over ADO.NET. Fragments take SQL expressions and return SQL
/// expressions; parameters are positional ($1, $2…) in prepared commands and named (@name) elsewhere, which SQLite
/// and Npgsql both read.
/// </summary>
internal abstract class SqlDialect
{
    /// <summary>The positional parameter <c>$<paramref name="position"/></c> (1-based) of a prepared command.</summary>
    public abstract DbParameter Positional(int position);

    /// <summary>
    /// A value as it is bound to a positional parameter. A prepared statement keeps the types of its first run, so
    /// where the database is strict about them (PostgreSQL) every integer is bound as a 64-bit one and every float as
    /// a double.
    /// </summary>
    public virtual object Bindable(object? value) => value ?? DBNull.Value;

    /// <summary>Whether writes are held back and sent in batches (<see cref="DeferredWrites"/>): a database over the network.</summary>
    public virtual bool BatchesWrites => false;

    /// <summary>Whether commands run many times in a transaction are prepared explicitly (Npgsql prepares automatically).</summary>
    public abstract bool PreparesCommands { get; }

    /// <summary>Statements bound by position through the database's own interface, where it has one (<see cref="INativeStatements"/>); null: ADO.NET commands only.</summary>
    public virtual INativeStatements? NativeStatements(DbConnection connection) => null;

    public abstract IFullTextIndex FullText { get; }

    /// <summary>
    /// The table a search checks its matches' filters in (as alias <c>a</c>): rowid, published, site, language, url,
    /// input and duplicate_of of every article, as narrow rows as the store keeps them.
    /// </summary>
    public virtual string FilterTable => "articles";

    /// <summary>
    /// Whether a row's article is looked up in <see cref="FilterTable"/> by a join rather than by a correlated
    /// subquery. SQLite runs a correlated subquery as a subroutine per row: the thread postings' date filter cost
    /// 3.5 µs a posting that way against 0.7 µs joined (bench/README.md, issue 20); PostgreSQL planned the join as a
    /// scan of the articles by date for every feature.
    /// </summary>
    public virtual bool JoinsArticleLookups => false;

    /// <summary>
    /// The clause after a table name in a FROM list that makes the planner read that table by the named index, or ""
    /// where the planner chooses for itself. SQLite's planner keeps a WITHOUT ROWID table's wide primary key for a join
    /// on its leading column even when a narrow index covers the columns read (bench/README.md, issue 20, session 10).
    /// </summary>
    public virtual string IndexedBy(string index) => string.Empty;

    /// <summary>True when the text expression starts with a yyyy-MM-dd day.</summary>
    public abstract string IsDay(string expression);

    /// <summary>True when the text expression starts with a yyyy-MM month.</summary>
    public abstract string IsMonth(string expression);

    /// <summary>Days from day <paramref name="from"/> to day <paramref name="to"/> (both yyyy-MM-dd text expressions) as a number.</summary>
    public abstract string DaysBetween(string from, string to);

    /// <summary>The Monday (yyyy-MM-dd) of the week of a yyyy-MM-dd text expression.</summary>
    public abstract string WeekStart(string day);

    /// <summary>1-based position of <paramref name="needle"/> in <paramref name="haystack"/>, 0 when absent.</summary>
    public abstract string Position(string haystack, string needle);

    /// <summary>
    /// The part of a text expression from 1-based <paramref name="start"/>, <paramref name="length"/> characters long,
    /// where start and length may be 64-bit integer expressions (layer columns are BIGINT in PostgreSQL, whose substr takes integers).
    /// </summary>
    public abstract string Substring(string text, string start, string length);

    /// <summary>Two text expressions equal ignoring case.</summary>
    public abstract string EqualsIgnoreCase(string left, string right);

    /// <summary>An aggregate: the values of <paramref name="expression"/> as a JSON array text, in the order of the group's rows.</summary>
    public abstract string JsonArrayOf(string expression);

    /// <summary>A SELECT of one text column <c>value</c>: the strings of a JSON array bound to <paramref name="parameter"/>.</summary>
    public abstract string JsonTextValues(string parameter);

    /// <summary>The membership test of a text <paramref name="expression"/> in a JSON array of strings bound to <paramref name="parameter"/>.</summary>
    public abstract string InJsonTextArray(string expression, string parameter);

    /// <summary>The membership test of <paramref name="expression"/> in a JSON array of integers bound to <paramref name="parameter"/>.</summary>
    public abstract string InJsonArray(string expression, string parameter);

    /// <summary>The qualified name of a connection's temporary table (to drop it).</summary>
    public abstract string TempTable(string name);

    /// <summary>The column type of a layer field.</summary>
    public abstract string TypeOf(StoredFieldKind kind);

    /// <summary>What follows a layer table's column list (SQLite keeps such tables without a rowid).</summary>
    public abstract string LayerTableSuffix { get; }

    public abstract bool TableExists(DbConnection connection, DbTransaction? transaction, string table);

    public abstract HashSet<string> Columns(DbConnection connection, DbTransaction? transaction, string table);

    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
