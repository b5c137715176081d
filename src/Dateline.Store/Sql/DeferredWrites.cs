using System.Data.Common;

namespace Dateline.Store.Sql;

/// <summary>
/// Statements whose result nobody reads (inserts and updates of a batch), held back and sent to the server together,
/// in order, in one round trip, just before the next statement that reads (a query sees every write made before it)
/// and when the batch ends. Over a network each statement costs a round trip: a PostgreSQL batch writes hundreds of
/// rows per article, so sending them one by one made the store's write rate a tenth of the pipeline's. SQLite runs
/// in the process and has no batches; its writes are not deferred.
/// </summary>
internal sealed class DeferredWrites(DbConnection connection, DbTransaction transaction, SqlDialect dialect)
{
    /// <summary>Statements per round trip: large enough to amortize it, small enough to bound the memory held.</summary>
    private const int MaxStatements = 1000;

    private DbBatch? _batch;

    public void Add(string sql, object?[] values)
    {
        _batch ??= NewBatch();
        var command = _batch.CreateBatchCommand();
        command.CommandText = sql;
        for (var i = 0; i < values.Length; i++)
        {
            var parameter = dialect.Positional(i + 1);
            parameter.Value = dialect.Bindable(values[i]);
            command.Parameters.Add(parameter);
        }

        _batch.BatchCommands.Add(command);
        if (_batch.BatchCommands.Count >= MaxStatements)
        {
            Flush();
        }
    }

    /// <summary>Sends what is held back; runs before every read and at the end of a batch.</summary>
    public void Flush()
    {
        if (_batch is null)
        {
            return;
        }

        using var batch = _batch;
        _batch = null;
        batch.ExecuteNonQuery();
    }

    private DbBatch NewBatch()
    {
        var batch = connection.CreateBatch();
        batch.Transaction = transaction;
        return batch;
    }
}
