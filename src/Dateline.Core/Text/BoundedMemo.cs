namespace Dateline.Core.Text;

/// <summary>
/// The remembered answers of a pure function of a string (what the rules say of a class name), up to a bound so that a
/// hostile stream of distinct keys cannot grow it without end; past the bound answers are computed and not kept.
/// Thread-safe: each thread keeps its own table, so a lookup or an addition takes no lock. A shared
/// <c>ConcurrentDictionary</c> took a lock per new name (pages bring hundreds of names of their own), and those adds
/// were 11 % of <c>extract -j 1</c>'s CPU in Monitor.Enter (dev + web-dev profile, bench/README.md); the answers are the
/// same whichever thread computed them.
/// </summary>
public sealed class BoundedMemo<TValue>(Func<string, TValue> compute, int capacity)
{
    private readonly ThreadLocal<Dictionary<string, TValue>> _known = new(() => new Dictionary<string, TValue>(StringComparer.Ordinal));

    // The first thread to ask keeps its table in a plain field: ThreadLocal.Value of a table type is a shared-generic
    // thread static, and the extraction asks memos several times per element (1.9 % of the bench's extraction samples,
    // bench/README.md). Only the owner thread reads or writes _ownerKnown; the others go through _known.
    private int _owner;
    private Dictionary<string, TValue>? _ownerKnown;

    public TValue this[string key]
    {
        get
        {
            var known = Known();
            if (known.TryGetValue(key, out var value))
            {
                return value;
            }

            value = compute(key);
            if (known.Count < capacity)
            {
                known[key] = value;
            }

            return value;
        }
    }

    private Dictionary<string, TValue> Known()
    {
        var thread = Environment.CurrentManagedThreadId;
        if (Volatile.Read(ref _owner) == thread)
        {
            return _ownerKnown ??= new Dictionary<string, TValue>(StringComparer.Ordinal);
        }

        if (Volatile.Read(ref _owner) == 0 && Interlocked.CompareExchange(ref _owner, thread, 0) == 0)
        {
            return _ownerKnown = new Dictionary<string, TValue>(StringComparer.Ordinal);
        }

        return _known.Value!;
    }
}
