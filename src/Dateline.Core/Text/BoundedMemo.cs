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

    public TValue this[string key]
    {
        get
        {
            var known = _known.Value!;
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
}
