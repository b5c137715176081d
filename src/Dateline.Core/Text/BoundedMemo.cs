using System.Collections.Concurrent;

namespace Dateline.Core.Text;

/// <summary>
/// The remembered answers of a pure function of a string (what the rules say of a class name), up to a bound so that a
/// hostile stream of distinct keys cannot grow it without end; past the bound answers are computed and not kept.
/// Thread-safe. The count is kept apart: <see cref="ConcurrentDictionary{TKey,TValue}.Count"/> takes every lock of the
/// table, which on a hot path cost more than the rules it spared.
/// </summary>
public sealed class BoundedMemo<TValue>(Func<string, TValue> compute, int capacity)
{
    private readonly ConcurrentDictionary<string, TValue> _known = new(StringComparer.Ordinal);
    private int _count;

    public TValue this[string key]
    {
        get
        {
            if (_known.TryGetValue(key, out var value))
            {
                return value;
            }

            value = compute(key);
            if (Volatile.Read(ref _count) < capacity && _known.TryAdd(key, value))
            {
                Interlocked.Increment(ref _count);
            }

            return value;
        }
    }
}
