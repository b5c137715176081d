using System.Diagnostics;
using Dateline.Core.Running;
using Dateline.Store.Duplicates;

namespace Dateline.Store.Ingest;

/// <summary>
/// Streams a collection into a store through the <see cref="DocumentRunner"/>: inputs whose content hash is stored
/// are skipped before any work, workers compute each document's near-duplicate signature beside the pipeline, and
/// outcomes are committed in input order, in batches. Each batch is one transaction: a kill at any moment loses only
/// uncommitted work, which the next run redoes, and content hashes keep anything from being stored twice. Memory
/// stays flat: the runner bounds what is in flight, and a batch is written once full or
/// <see cref="IngestOptions.BatchInterval"/> old.
/// </summary>
public sealed class StoreIngest(DocumentRunner runner, IArticleStore store, IngestOptions? options = null)
{
    private readonly IngestOptions _options = options ?? new IngestOptions();
    private readonly MinHasher _hasher = new();

    /// <summary>
    /// Ingests every input. <paramref name="passedOver"/> hears of each input the reader passed over (with its reason);
    /// they are counted, not stored.
    /// </summary>
    public IngestSummary Run(IEnumerable<InputItem> inputs, Action<RunProgress>? progress = null, Action<InputItem>? passedOver = null, CancellationToken stop = default)
    {
        var clock = Stopwatch.StartNew();
        var batch = new List<IngestRecord>(_options.BatchSize);
        var written = WriteSummary.None;
        var lastFlush = TimeSpan.Zero;
        long read = 0, skipped = 0, passed = 0;

        void Flush()
        {
            if (batch.Count > 0)
            {
                written = written.Add(store.Write(batch));
                batch.Clear();
                if (_options.TrimNativeHeap)
                {
                    NativeHeap.Trim();
                }
            }

            lastFlush = clock.Elapsed;
        }

        var hooks = new RunHooks
        {
            Skip = input => store.Contains(input.ContentHash) ? "already stored" : store.Contains(input.FailureHash) ? "already recorded as a failure" : null,
            Finish = document => _hasher.Compute(document.Text),
            Progress = progress,
            Idle = () =>
            {
                if (clock.Elapsed - lastFlush > _options.BatchInterval)
                {
                    Flush();
                }
            },
        };

        foreach (var item in runner.Run(inputs, hooks, stop))
        {
            read++;
            var input = item.Input;
            switch (item.Result)
            {
                case null when input.SkipReason is not null:
                    passed++;
                    passedOver?.Invoke(input);
                    continue;
                case null:
                    skipped++;
                    continue;
                case { Succeeded: true } ok:
                    batch.Add(new ArticleRecord(input.ContentHash, input.Source, ok.Document, item.Extra as MinHashSignature));
                    break;
                case var failed:
                    batch.Add(new FailureRecord(input.FailureHash, input.Id, input.Source, failed.Error!.Kind, failed.Error.Message) { Component = failed.Error.Component });
                    break;
            }

            if (batch.Count >= _options.BatchSize || clock.Elapsed - lastFlush > _options.BatchInterval)
            {
                Flush();
            }
        }

        Flush();
        return new IngestSummary(read, written.Stored, written.Failures, written.Skipped + skipped, written.NearDuplicates) { PassedOver = passed, Seconds = clock.Elapsed.TotalSeconds };
    }
}
