using System.Data.Common;
using System.Globalization;
using Dateline.Store.Sql;

namespace Dateline.Store.Threads;

/// <summary>
/// What a <see cref="ThreadAssigner"/> knows of the store after placing articles: the postings it read or wrote
/// (<see cref="ThreadOptions.PostingsCached"/>), the document frequencies and article count
/// (<see cref="ThreadOptions.FrequenciesCached"/>) and the decoded vectors (<see cref="ThreadOptions.VectorsCached"/>).
/// A store that writes every batch on one connection keeps it from one batch to the next (it started empty at every
/// batch of 256, and the first reads of each batch were ~15 % of the writer; bench/README.md, issue 20), valid only while
/// nothing else changed the store in between: <see cref="Resume"/>, at the start of a batch's transaction, empties it
/// unless the connection's own change count (<c>total_changes()</c>: any write on the connection outside the batches,
/// a curation, an optimize) and the database's version as this connection sees it (<c>PRAGMA data_version</c>: a
/// commit by any other connection, another process's ingest) are those <see cref="Seal"/> recorded at the end of the
/// last batch, and only after that batch committed (<see cref="Committed"/>); a batch that fails leaves it empty.
/// </summary>
internal sealed class ThreadAssignerState(ThreadOptions options)
{
    /// <summary>Postings by feature (see <see cref="ThreadAssigner"/>), and how many they are in all.</summary>
    internal Dictionary<string, ThreadAssigner.CachedPostings> Postings { get; } = new(StringComparer.Ordinal);

    internal int PostingsCount { get; set; }

    /// <summary>Document frequencies known (every held-back increment written by <see cref="ThreadAssigner.Finish"/> before the state is sealed).</summary>
    internal Dictionary<string, long> Frequencies { get; } = new(StringComparer.Ordinal);

    internal long? Articles { get; set; }

    internal ThreadVectorCache Vectors { get; } = new(options.VectorsCached);

    internal ThreadOptions Options { get; } = options;

    private (long Changes, long Version)? _sealed;
    private (long Changes, long Version)? _valid;

    /// <summary>
    /// At the start of a batch, inside its transaction (which holds the write lock: no other connection commits until
    /// it ends): keeps what is known when the store is as the last committed batch left it, else empties it.
    /// </summary>
    public void Resume(DbConnection connection, DbTransaction transaction)
    {
        if (_valid is null || _valid != Stamp(connection, transaction))
        {
            Clear();
        }

        _valid = null;
        _sealed = null;
    }

    /// <summary>After the batch's last write (<see cref="ThreadAssigner.Finish"/> done), before its commit: records the store's stamp.</summary>
    public void Seal(DbConnection connection, DbTransaction transaction) => _sealed = Stamp(connection, transaction);

    /// <summary>After the commit: the next batch may use what this one left.</summary>
    public void Committed()
    {
        _valid = _sealed;
        _sealed = null;
    }

    /// <summary>After a failed batch (rolled back): nothing it read or wrote is to be trusted.</summary>
    public void Clear()
    {
        Postings.Clear();
        PostingsCount = 0;
        Frequencies.Clear();
        Articles = null;
        Vectors.Clear();
        _valid = null;
        _sealed = null;
    }

    private static (long, long) Stamp(DbConnection connection, DbTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT total_changes()";
        var changes = Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        command.CommandText = "PRAGMA data_version";
        var version = Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        return (changes, version);
    }
}
