using System.Data.Common;
using System.Globalization;
using Dateline.Store.Sql;

namespace Dateline.Store.Threads;

/// <summary>
/// What a <see cref="ThreadAssigner"/> knows of the store after placing articles: the features it met, each once in
/// <see cref="Features"/> with its document frequency (<see cref="ThreadOptions.FrequenciesCached"/>) and the postings
/// it read or wrote (<see cref="ThreadOptions.PostingsCached"/>), the article count, and the decoded vectors
/// (<see cref="ThreadOptions.VectorsCached"/>).
/// A store that writes every batch on one connection keeps it from one batch to the next (it started empty at every
/// batch of 256, and the first reads of each batch were ~15 % of the writer; bench/README.md, issue 20), valid only while
/// nothing else changed the store in between: <see cref="Resume"/>, at the start of a batch's transaction, empties it
/// unless the connection's own change count (<c>total_changes()</c>: any write on the connection outside the batches,
/// a curation, an optimize) and the database's version as this connection sees it (<c>PRAGMA data_version</c>: a
/// commit by any other connection, another process's ingest) are those <see cref="Seal"/> recorded at the end of the
/// last batch, and only after that batch committed (<see cref="Committed"/>); a batch that fails leaves it empty.
/// </summary>
internal sealed class ThreadAssignerState
{
    public ThreadAssignerState(ThreadOptions options)
    {
        Options = options;
        Vectors = new ThreadVectorCache(options.VectorsCached, Features);
    }

    /// <summary>
    /// The features known, with their document frequencies (every held-back increment written by
    /// <see cref="ThreadAssigner.Finish"/> before the state is sealed) and postings (see <see cref="ThreadAssigner"/>).
    /// </summary>
    internal ThreadFeatureTable Features { get; } = new();

    /// <summary>How many postings the features hold in all.</summary>
    internal int PostingsCount { get; set; }

    internal long? Articles { get; set; }

    internal ThreadVectorCache Vectors { get; }

    internal ThreadOptions Options { get; }

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
        ClearFeatures();
        Articles = null;
        _valid = null;
        _sealed = null;
    }

    /// <summary>Forgets the features (their frequencies and postings) and the vectors numbered by them; the article count stays.</summary>
    internal void ClearFeatures()
    {
        Features.Clear();
        PostingsCount = 0;
        Vectors.Clear();
    }

    /// <summary>Drops every cached posting (the features and their frequencies stay).</summary>
    internal void ClearPostings()
    {
        Features.ClearPostings();
        PostingsCount = 0;
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
