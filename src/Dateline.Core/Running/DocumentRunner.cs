using System.Collections.Concurrent;
using System.Diagnostics;
using Dateline.Core.Pipeline;

namespace Dateline.Core.Running;

/// <summary>
/// Runs a pipeline over a stream of inputs, the one way every host does it (extract, annotate, ingest, the web's
/// paste box, queue workers): one thread reads inputs (and asks <see cref="RunHooks.Skip"/> about each), worker
/// threads process them under a per-document time limit, and the caller's enumeration receives the outcomes in input
/// order, with progress and idle calls on its own thread. At most <see cref="RunnerOptions.MaxInFlight"/> inputs are
/// between reading and delivery, so memory stays flat whatever the collection's size. A document that outlives its
/// limit by <see cref="RunnerOptions.AbandonAfter"/> (a component that never checks its cancellation token) is
/// delivered as a timeout and its worker replaced, so the run never waits on it. Thread-safe; one instance can serve
/// several runs.
/// </summary>
public sealed class DocumentRunner
{
    private readonly RunnerOptions _options;

    public DocumentRunner(Pipeline.Pipeline pipeline, RunnerOptions? options = null)
    {
        Pipeline = pipeline;
        _options = (options ?? new RunnerOptions()).Validated();
    }

    public Pipeline.Pipeline Pipeline { get; }

    public RunnerOptions Options => _options;

    /// <summary>
    /// Processes one input under the time limit (the pipeline's token is cancelled at the limit) on a thread of its
    /// own, which is abandoned <see cref="RunnerOptions.AbandonAfter"/> later with a timeout failure if a component
    /// does not stop. <paramref name="cancellation"/> (a client gone away) stops it early the same way. Never throws
    /// for a bad input.
    /// </summary>
    public DocumentResult ProcessOne(InputItem input, CancellationToken cancellation = default)
    {
        if (input.Page is null)
        {
            return Unread(input);
        }

        DocumentResult? result = null;
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var thread = new Thread(() => result = Process(input, limit.Token)) { IsBackground = true, Name = "dateline document" };
        limit.CancelAfter(_options.PerDocumentLimit);
        thread.Start();
        return thread.Join(_options.PerDocumentLimit + _options.AbandonAfter) && result is not null ? result : TimedOut(input);
    }

    /// <summary>
    /// The outcome of every input, in input order. <paramref name="stop"/> stops reading new inputs; those already
    /// read are still processed and delivered. An exception from enumerating <paramref name="inputs"/> is rethrown
    /// after everything read before it has been delivered.
    /// </summary>
    public IEnumerable<RunItem> Run(IEnumerable<InputItem> inputs, RunHooks? hooks = null, CancellationToken stop = default)
    {
        hooks ??= RunHooks.None;
        var run = new RunState(this, hooks, stop);
        run.Start(inputs);
        var pending = new Dictionary<long, RunItem>();
        long next = 0;
        var lastProgress = TimeSpan.Zero;

        void MaybeReport()
        {
            if (hooks.Progress is { } progress && run.Elapsed - lastProgress >= _options.ProgressInterval)
            {
                lastProgress = run.Elapsed;
                progress(run.Snapshot(finished: false));
            }
        }

        try
        {
            while (true)
            {
                while (run.Results.TryTake(out var item))
                {
                    pending[item.Index] = item;
                }

                while (pending.Remove(next, out var ready))
                {
                    next++;
                    run.Delivered(ready);
                    yield return ready;
                    run.AbandonStuckDocuments();
                    MaybeReport();
                }

                if (run.Results.IsCompleted)
                {
                    break;
                }

                if (run.Results.TryTake(out var waited, _options.IdleInterval))
                {
                    pending[waited.Index] = waited;
                }
                else if (!run.Results.IsAddingCompleted)
                {
                    hooks.Idle?.Invoke();
                }

                run.AbandonStuckDocuments();
                MaybeReport();
            }

            if (pending.Count > 0)
            {
                throw new InvalidOperationException($"the run lost input {next} ({pending.Count} later outcomes undelivered)");
            }

            if (run.ReadError is { } error)
            {
                throw new InvalidOperationException($"reading the inputs failed after {next} of them: {error.Message}", error);
            }

            hooks.Progress?.Invoke(run.Snapshot(finished: true));
        }
        finally
        {
            // The consumer is done (or gave up): stop reading; documents in flight finish on their own.
            run.Abort();
        }
    }

    private DocumentResult Process(InputItem input, CancellationToken cancellation)
    {
        try
        {
            return Pipeline.Process(input.Page!, cancellation);
        }
        catch (OutOfMemoryException e)
        {
            return DocumentResult.Failure(input.Id, input.Source, new DocumentError(ErrorKinds.ComponentFailure, $"{input.Source}: {e.Message}"));
        }
    }

    private static DocumentResult Unread(InputItem input)
        => DocumentResult.Failure(input.Id, input.Source, input.Error ?? new DocumentError(ErrorKinds.Unreadable, $"{input.Source}: no page"));

    private DocumentResult TimedOut(InputItem input)
        => DocumentResult.Failure(input.Id, input.Source, new DocumentError(ErrorKinds.Timeout, $"{input.Source}: processing exceeded the limit of {_options.PerDocumentLimit.TotalSeconds:0.#} s"));

    /// <summary>
    /// The state of one <see cref="DocumentRunner.Run"/>: its threads, queues and counters. The queues block the
    /// threads that wait on them (no thread-pool hops: on one core, pool threads spinning for work took a tenth of it).
    /// </summary>
    private sealed class RunState(DocumentRunner runner, RunHooks hooks, CancellationToken stop)
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private readonly CancellationTokenSource _abort = CancellationTokenSource.CreateLinkedTokenSource(stop);
        private readonly BlockingCollection<RunItem> _work = new(runner._options.Workers * 2);
        private readonly BlockingCollection<RunItem> _results = [];
        private readonly SemaphoreSlim _slots = new(runner._options.MaxInFlight, runner._options.MaxInFlight);
        private readonly ConcurrentDictionary<long, (RunItem Item, TimeSpan Started)> _inFlight = new();
        private long _read;
        private long _succeeded;
        private long _failed;
        private long _skipped;
        private int _live;

        public BlockingCollection<RunItem> Results => _results;

        public Exception? ReadError { get; private set; }

        public TimeSpan Elapsed => _clock.Elapsed;

        public void Start(IEnumerable<InputItem> inputs)
        {
            for (var i = 0; i < runner._options.Workers; i++)
            {
                StartWorker();
            }

            new Thread(() => Read(inputs)) { IsBackground = true, Name = "dateline reader" }.Start();
        }

        public void Delivered(RunItem item)
        {
            _slots.Release();
            _ = item.Result switch
            {
                null => _skipped++,
                { Succeeded: true } => _succeeded++,
                _ => _failed++,
            };
        }

        /// <summary>A document past its limit and the grace after it: delivered as a timeout, its worker replaced.</summary>
        public void AbandonStuckDocuments()
        {
            var deadline = runner._options.PerDocumentLimit + runner._options.AbandonAfter;
            foreach (var (index, (item, started)) in _inFlight)
            {
                if (Elapsed - started > deadline && _inFlight.TryRemove(index, out _))
                {
                    _results.Add(item with { Result = runner.TimedOut(item.Input) });
                    StartWorker();
                    if (Interlocked.Decrement(ref _live) == 0)
                    {
                        _results.CompleteAdding();
                    }
                }
            }
        }

        public RunProgress Snapshot(bool finished)
        {
            // one snapshot: a worker may finish between an emptiness check and a second read, and MinBy of no tuples throws
            var inFlight = _inFlight.Values;
            var slowest = inFlight.Count == 0 ? default : inFlight.MinBy(p => p.Started);
            return new RunProgress(Interlocked.Read(ref _read), _succeeded, _failed, _skipped, _inFlight.Count, Elapsed)
            {
                Slowest = slowest.Item?.Input.Source,
                SlowestFor = slowest.Item is null ? TimeSpan.Zero : Elapsed - slowest.Started,
                Finished = finished,
            };
        }

        public void Abort()
        {
            try
            {
                _abort.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // Already released at the end of the run.
            }
        }

        private void Read(IEnumerable<InputItem> inputs)
        {
            long index = 0;
            try
            {
                foreach (var input in inputs)
                {
                    _slots.Wait(_abort.Token);
                    Interlocked.Increment(ref _read);
                    var item = new RunItem(index++, input, null, input.SkipReason ?? hooks.Skip?.Invoke(input));
                    if (item.SkipReason is not null)
                    {
                        _results.Add(item);
                    }
                    else
                    {
                        _work.Add(item, _abort.Token);
                    }

                    if (stop.IsCancellationRequested)
                    {
                        break;
                    }
                }
            }
            catch (OperationCanceledException) when (_abort.IsCancellationRequested)
            {
                // Stopped: what was read is still processed and delivered.
            }
            catch (Exception e)
            {
                ReadError = e;
            }
            finally
            {
                _work.CompleteAdding();
            }
        }

        private void StartWorker()
        {
            Interlocked.Increment(ref _live);
            new Thread(Work) { IsBackground = true, Name = "dateline worker" }.Start();
        }

        private void Work()
        {
            foreach (var item in _work.GetConsumingEnumerable())
            {
                _inFlight[item.Index] = (item, Elapsed);
                var done = Process(item);
                if (!_inFlight.TryRemove(item.Index, out _))
                {
                    // Abandoned as stuck: its timeout was delivered and a new worker took this one's place.
                    return;
                }

                _results.Add(done);
            }

            if (Interlocked.Decrement(ref _live) == 0)
            {
                _results.CompleteAdding();
                _abort.Dispose();
            }
        }

        private RunItem Process(RunItem item)
        {
            if (item.Input.Page is null)
            {
                return item with { Result = Unread(item.Input) };
            }

            using var limit = new CancellationTokenSource(runner._options.PerDocumentLimit);
            var result = runner.Process(item.Input, limit.Token);
            object? extra = null;
            if (result.Succeeded && hooks.Finish is { } finish)
            {
                try
                {
                    extra = finish(result.Document);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    result = DocumentResult.Failure(result.Id, result.Source, new DocumentError(ErrorKinds.ComponentFailure, $"{result.Source}: finishing failed: {e.Message}") { Component = "runner" });
                }
            }

            return item with { Result = result, Extra = extra };
        }
    }
}
