namespace Dateline.Store.Sql;

/// <summary>
/// Statements run through the database's own interface, bound by position, for the writes and single-value reads a
/// batch repeats thousands of times (<see cref="CommandCache"/>). A method returns false when it cannot run the
/// statement (a value of a type it does not bind, SQL it does not take): the caller then runs it as an ADO.NET command,
/// which gives the same result.
/// </summary>
internal interface INativeStatements : IDisposable
{
    /// <summary>Runs a statement to its end (every row a RETURNING clause yields).</summary>
    bool TryNonQuery(string name, string sql, object?[] values);

    /// <summary>The first column of the first row (DBNull for NULL, null without a row), as ExecuteScalar returns it.</summary>
    bool TryScalar(string name, string sql, object?[] values, out object? value);

    /// <summary>Calls <paramref name="each"/> with every row of a query.</summary>
    bool TryForEach(string name, string sql, object?[] values, Action<IRow> each);
}
