using System.Diagnostics;
using System.Threading.Channels;
using Dateline.Core.Pipeline;
using Dateline.Extraction.Input;
using Dateline.Store;
using Dateline.Store.Duplicates;

namespace Dateline.Cli.Ingest;

/// <summary>
/// Streams a collection into a store: one reader thread (hashes each input and skips what is stored), N workers (run
/// the pipeline under a time limit, compute near-duplicate signatures), one writer (commits results in input order,
/// in batches). At most <see cref="IngestOptions.MaxInFlight"/> documents are between reader and writer, so memory
/// stays flat (at most that many plus one batch). Each batch is one transaction: a kill at any moment loses only uncommitted work, which the next run
/// redoes, and content hashes keep anything from being stored twice.
/// </summary>
public sealed class IngestRunner(Pipeline pipeline, IArticleStore store, IngestOptions options)
{
    private readonly MinHasher _hasher = new();

    public IngestSummary Run(IEnumerable<CollectedInput> inputs, ReadProgress progress, Action<IngestStatus>? report = null, TimeSpan? reportEvery = null)
    {
        var clock = Stopwatch.StartNew();
        var work = Channel.CreateBounded<WorkItem>(new BoundedChannelOptions(Math.Max(1, options.Workers) * 2) { SingleWriter = true });
        var results = Channel.CreateUnbounded<(long Seq, IngestRecord Record)>(new UnboundedChannelOptions { SingleReader = true });
        using var slots = new SemaphoreSlim(options.MaxInFlight, options.MaxInFlight);
        long read = 0, skipped = 0;
        var counters = new Counters();

        var reader = Task.Factory.StartNew(
            () =>
            {
                long seq = 0;
                try
                {
                    foreach (var input in inputs)
                    {
                        Interlocked.Increment(ref read);
                        var hash = input.Item.Page is { } page ? ContentHash.Of(page) : ContentHash.OfFailure(input.Item.Source, input.Item.Error!.Kind);
                        if (store.Contains(hash))
                        {
                            Interlocked.Increment(ref skipped);
                            continue;
                        }

                        slots.Wait();
                        if (!work.Writer.TryWrite(new WorkItem(seq, input, hash)))
                        {
                            work.Writer.WriteAsync(new WorkItem(seq, input, hash)).AsTask().GetAwaiter().GetResult();
                        }

                        seq++;
                    }
                }
                finally
                {
                    work.Writer.Complete();
                }
            },
            TaskCreationOptions.LongRunning);

        var workers = Enumerable.Range(0, Math.Max(1, options.Workers)).Select(_ => Task.Factory.StartNew(
            () =>
            {
                while (work.Reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
                {
                    while (work.Reader.TryRead(out var item))
                    {
                        results.Writer.TryWrite((item.Seq, Process(item)));
                    }
                }
            },
            TaskCreationOptions.LongRunning)).ToArray();
        var closer = Task.WhenAll(workers).ContinueWith(_ => results.Writer.Complete(), TaskScheduler.Default);

        var pending = new Dictionary<long, IngestRecord>();
        var batch = new List<IngestRecord>(options.BatchSize);
        long next = 0;
        var lastFlush = clock.Elapsed;
        var lastReport = TimeSpan.Zero;
        var every = reportEvery ?? TimeSpan.FromSeconds(1);

        void Flush()
        {
            if (batch.Count > 0)
            {
                counters.Add(store.Write(batch));
                batch.Clear();
            }

            lastFlush = clock.Elapsed;
        }

        void Report()
        {
            report?.Invoke(new IngestStatus(counters.Stored + counters.Failed + counters.Skipped + Interlocked.Read(ref skipped), counters.Stored, counters.Failed, counters.Skipped + Interlocked.Read(ref skipped), progress.BytesRead, progress.TotalBytes, clock.Elapsed));
            lastReport = clock.Elapsed;
        }

        while (true)
        {
            var wait = results.Reader.WaitToReadAsync().AsTask();
            if (!wait.Wait(TimeSpan.FromMilliseconds(200)))
            {
                if (clock.Elapsed - lastFlush > options.BatchInterval)
                {
                    Flush();
                }

                if (clock.Elapsed - lastReport > every)
                {
                    Report();
                }

                continue;
            }

            if (!wait.Result)
            {
                break;
            }

            while (results.Reader.TryRead(out var result))
            {
                pending[result.Seq] = result.Record;
            }

            // Commit in input order, so ids and duplicate groups are the same whatever the threads' timing.
            while (pending.Remove(next, out var record))
            {
                // Its slot frees as it joins the batch: memory holds at most MaxInFlight + BatchSize documents.
                batch.Add(record);
                slots.Release();
                next++;
                if (batch.Count >= options.BatchSize)
                {
                    Flush();
                }
            }

            if (clock.Elapsed - lastFlush > options.BatchInterval)
            {
                Flush();
            }

            if (clock.Elapsed - lastReport > every)
            {
                Report();
            }
        }

        Flush();
        reader.GetAwaiter().GetResult();
        closer.GetAwaiter().GetResult();
        Report();
        return new IngestSummary(Interlocked.Read(ref read), counters.Stored, counters.Failed, counters.Skipped + Interlocked.Read(ref skipped), counters.NearDuplicates) { Seconds = clock.Elapsed.TotalSeconds };
    }

    private IngestRecord Process(WorkItem item)
    {
        var input = item.Input.Item;
        if (input.Page is not { } page)
        {
            return new FailureRecord(item.Hash, input.Id, input.Source, input.Error!.Kind, input.Error.Message);
        }

        DocumentResult result;
        using (var limit = new CancellationTokenSource(options.PerDocumentLimit))
        {
            // The token stops components that check it; a component stuck in a library call is abandoned after a grace period.
            var task = Task.Run(() => pipeline.Process(page, limit.Token));
            try
            {
                result = task.Wait(options.PerDocumentLimit + TimeSpan.FromSeconds(5))
                    ? task.Result
                    : DocumentResult.Failure(page.Id, page.Source, new DocumentError(ErrorKinds.Timeout, $"{page.Source}: processing exceeded the limit of {options.PerDocumentLimit.TotalSeconds:0.#} s"));
            }
            catch (AggregateException e) when (e.InnerException is InsufficientExecutionStackException or OutOfMemoryException)
            {
                result = DocumentResult.Failure(page.Id, page.Source, new DocumentError(ErrorKinds.ComponentFailure, $"{page.Source}: {e.InnerException.Message}"));
            }
        }

        if (!result.Succeeded)
        {
            return new FailureRecord(item.Hash, page.Id, page.Source, result.Error.Kind, result.Error.Message) { Component = result.Error.Component };
        }

        var document = item.Input.Warning is { } warning ? result.Document.AddWarning(warning) : result.Document;
        return new ArticleRecord(item.Hash, page.Source, document, _hasher.Compute(document.Text));
    }

    private sealed record WorkItem(long Seq, CollectedInput Input, string Hash);

    private sealed class Counters
    {
        public long Stored { get; private set; }

        public long Failed { get; private set; }

        public long Skipped { get; private set; }

        public long NearDuplicates { get; private set; }

        public void Add(WriteSummary s)
        {
            Stored += s.Stored;
            Failed += s.Failures;
            Skipped += s.Skipped;
            NearDuplicates += s.NearDuplicates;
        }
    }
}
