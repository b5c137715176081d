using System.Data.Common;
using System.Globalization;

namespace Dateline.Store.Sql;

/// <summary>Named parameters (@name, read by SQLite and Npgsql alike), one-off statements and nullable reads on any ADO.NET connection.</summary>
internal static class DbCommands
{
    public static DbCommand Command(this DbConnection connection, string sql, DbTransaction? transaction = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    /// <summary>Binds <paramref name="name"/> (with its @) to a value; null binds NULL. Binding a name again sets its value (a filter used twice in one query).</summary>
    public static DbCommand Bind(this DbCommand command, string name, object? value)
    {
        if (command.Parameters.Contains(name))
        {
            command.Parameters[name].Value = value ?? DBNull.Value;
            return command;
        }

        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return command;
    }

    public static void Execute(this DbConnection connection, string sql, DbTransaction? transaction = null)
    {
        using var command = connection.Command(sql, transaction);
        command.ExecuteNonQuery();
    }

    public static long Long(this DbConnection connection, string sql, DbTransaction? transaction = null)
    {
        using var command = connection.Command(sql, transaction);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>The text of a column, or null when it is NULL.</summary>
    public static string? NullableString(this DbDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);
}
