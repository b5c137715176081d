using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading.Channels;
using Dateline.Core.Pipeline;

namespace Dateline.Core.Running;

/// <summary>
/// Runs a pipeline over a stream of inputs, the one way every host does it (extract, annotate, ingest, the web's
/// paste box, queue workers): one thread reads inputs (and asks <see cref="RunHooks.Skip"/> about each), worker
/// threads process them under a per-document time limit, and the caller's enumeration receives the outcomes in input
/// order, with progress and idle calls on its own thread. At most <see cref="RunnerOptions.MaxInFlight"/> inputs are
/// between reading and delivery, so memory stays flat whatever the collection's size. Thread-safe; one instance can
/// serve several runs.
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
    /// Processes one input under the time limit: the pipeline's token is cancelled at the limit, and a component
    /// that does not stop is abandoned <see cref="RunnerOptions.AbandonAfter"/> later with a timeout failure.
    /// <paramref name="cancellation"/> (a client gone away) stops it early the same way. Never throws for a bad input.
    /// </summary>
    public DocumentResult ProcessOne(InputItem input, CancellationToken cancellation = default)
    {
        if (input.Page is not { } page)
        {
            return DocumentResult.Failure(input.Id, input.Source, input.Error ?? new DocumentError(ErrorKinds.Unreadable, $"{input.Source}: no page"));
        }

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        limit.CancelAfter(_options.PerDocumentLimit);
        var task = Task.Run(() => Pipeline.Process(page, limit.Token), CancellationToken.None);
        try
        {
            if (task.Wait(_options.PerDocumentLimit + _options.AbandonAfter, CancellationToken.None))
            {
                return task.Result;
            }
        }
        catch (AggregateException e) when (e.InnerException is OutOfMemoryException or InsufficientExecutionStackException)
        {
            return DocumentResult.Failure(page.Id, page.Source, new DocumentError(ErrorKinds.ComponentFailure, $"{page.Source}: {e.InnerException.Message}"));
        }

        return DocumentResult.Failure(page.Id, page.Source, new DocumentError(ErrorKinds.Timeout, $"{page.Source}: processing exceeded the limit of {_options.PerDocumentLimit.TotalSeconds:0.#} s"));
    }

    /// <summary>
    /// The outcome of every input, in input order. <paramref name="stop"/> stops reading new inputs; those already
    /// read are still processed and delivered. An exception from enumerating <paramref name="inputs"/> is rethrown
    /// after everything read before it has been delivered.
    /// </summary>
    public IEnumerable<RunItem> Run(IEnumerable<InputItem> inputs, RunHooks? hooks = null, CancellationToken stop = default)
    {
        hooks ??= RunHooks.None;
        var clock = Stopwatch.StartNew();
        var abort = CancellationTokenSource.CreateLinkedTokenSource(stop);
        var work = Channel.CreateBounded<RunItem>(new BoundedChannelOptions(_options.Workers * 2) { SingleWriter = true });
        var results = Channel.CreateUnbounded<RunItem>(new UnboundedChannelOptions { SingleReader = true });
        var slots = new SemaphoreSlim(_options.MaxInFlight, _options.MaxInFlight);
        var inFlight = new ConcurrentDictionary<long, (string Source, TimeSpan Started)>();
        long read = 0;
        Exception? readError = null;

        var reader = Task.Factory.StartNew(
            () =>
            {
                long index = 0;
                try
                {
                    foreach (var input in inputs)
                    {
                        slots.Wait(abort.Token);
                        Interlocked.Increment(ref read);
                        var item = new RunItem(index++, input, null, hooks.Skip?.Invoke(input));
                        if (item.SkipReason is not null)
                        {
                            results.Writer.TryWrite(item);
                        }
                        else
                        {
                            work.Writer.WriteAsync(item, abort.Token).AsTask().GetAwaiter().GetResult();
                        }

                        if (stop.IsCancellationRequested)
                        {
                            break;
                        }
                    }
                }
                catch (OperationCanceledException) when (abort.IsCancellationRequested)
                {
                    // Stopped: what was read is still processed and delivered.
                }
                catch (Exception e)
                {
                    readError = e;
                }
                finally
                {
                    work.Writer.Complete();
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);

        var workers = Enumerable.Range(0, _options.Workers).Select(_ => Task.Factory.StartNew(
            () =>
            {
                while (work.Reader.WaitToReadAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult())
                {
                    while (work.Reader.TryRead(out var item))
                    {
                        inFlight[item.Index] = (item.Input.Source, clock.Elapsed);
                        results.Writer.TryWrite(Process(item, hooks));
                        inFlight.TryRemove(item.Index, out var _);
                    }
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default)).ToArray();

        _ = Task.WhenAll(workers.Append(reader)).ContinueWith(
            _ =>
            {
                results.Writer.TryComplete();
                abort.Dispose();
            },
            CancellationToken.None,
            TaskContinuationOptions.None,
            TaskScheduler.Default);

        var pending = new Dictionary<long, RunItem>();
        long next = 0, succeeded = 0, failed = 0, skipped = 0;
        var lastProgress = TimeSpan.Zero;
        RunProgress Snapshot(bool finished)
        {
            var slowest = inFlight.IsEmpty ? default : inFlight.MinBy(p => p.Value.Started);
            return new RunProgress(Interlocked.Read(ref read), succeeded, failed, skipped, inFlight.Count, clock.Elapsed)
            {
                Slowest = inFlight.IsEmpty ? null : slowest.Value.Source,
                SlowestFor = inFlight.IsEmpty ? TimeSpan.Zero : clock.Elapsed - slowest.Value.Started,
                Finished = finished,
            };
        }

        void MaybeReport()
        {
            if (hooks.Progress is { } progress && clock.Elapsed - lastProgress >= _options.ProgressInterval)
            {
                lastProgress = clock.Elapsed;
                progress(Snapshot(finished: false));
            }
        }

        try
        {
            while (true)
            {
                while (results.Reader.TryRead(out var item))
                {
                    pending[item.Index] = item;
                }

                while (pending.Remove(next, out var ready))
                {
                    next++;
                    slots.Release();
                    if (ready.Result is null)
                    {
                        skipped++;
                    }
                    else if (ready.Result.Succeeded)
                    {
                        succeeded++;
                    }
                    else
                    {
                        failed++;
                    }

                    yield return ready;
                    MaybeReport();
                }

                if (results.Reader.Completion.IsCompleted)
                {
                    break;
                }

                var wait = results.Reader.WaitToReadAsync(CancellationToken.None).AsTask();
                if (!wait.Wait(_options.IdleInterval))
                {
                    hooks.Idle?.Invoke();
                }

                MaybeReport();
            }

            if (pending.Count > 0)
            {
                throw new InvalidOperationException($"the run lost input {next} ({pending.Count} later outcomes undelivered)");
            }

            if (readError is not null)
            {
                throw new InvalidOperationException($"reading the inputs failed after {next} of them: {readError.Message}", readError);
            }

            hooks.Progress?.Invoke(Snapshot(finished: true));
        }
        finally
        {
            // The consumer is done (or gave up): stop reading; documents in flight finish on their own.
            try
            {
                abort.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // The run had already finished and released it.
            }
        }
    }

    private RunItem Process(RunItem item, RunHooks hooks)
    {
        var result = ProcessOne(item.Input);
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
