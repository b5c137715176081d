namespace Dateline.Store.Threads;

/// <summary>
/// The features a <see cref="ThreadAssignerState"/> knows, each kept once and numbered from 0 in the order first seen,
/// with what is known of each: its document frequency (<see cref="Frequency"/>) and its cached postings
/// (<see cref="Postings"/>); the decoded vectors (<see cref="ThreadVectorCache"/>) hold the numbers. These were three
/// dictionaries, each with its own copy of the same strings (bench/README.md, "Ingest's kept state: one table of
/// features"). A number stays until <see cref="Clear"/>; the table is bounded by <see cref="ThreadOptions.FrequenciesCached"/>.
/// </summary>
internal sealed class ThreadFeatureTable
{
    /// <summary>A frequency not known (a count is never negative).</summary>
    public const long Unknown = -1;

    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _spans;
    private string[] _keys = new string[256];
    private long[] _frequencies = new long[256];
    private ThreadAssigner.CachedPostings?[] _postings = new ThreadAssigner.CachedPostings?[256];

    public ThreadFeatureTable() => _spans = _ids.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>How many features are numbered.</summary>
    public int Count => _ids.Count;

    /// <summary>The feature's number, numbering it (its frequency unknown, no postings) when new.</summary>
    public int Id(string key) => _ids.TryGetValue(key, out var id) ? id : Add(key);

    /// <summary>The feature's number, numbering it when new (the span copied to a string only then).</summary>
    public int Id(ReadOnlySpan<char> key) => _spans.TryGetValue(key, out var id) ? id : Add(key.ToString());

    public bool TryGetId(string key, out int id) => _ids.TryGetValue(key, out id);

    /// <summary>The feature numbered <paramref name="id"/>.</summary>
    public string Key(int id) => _keys[id];

    /// <summary>The feature's document frequency as known, or <see cref="Unknown"/>.</summary>
    public ref long Frequency(int id) => ref _frequencies[id];

    /// <summary>The feature's cached postings, or null.</summary>
    public ref ThreadAssigner.CachedPostings? Postings(int id) => ref _postings[id];

    /// <summary>Drops every feature's cached postings (the features and frequencies stay).</summary>
    public void ClearPostings() => Array.Clear(_postings, 0, Count);

    /// <summary>Forgets every feature (their numbers, frequencies and postings).</summary>
    public void Clear()
    {
        Array.Clear(_keys, 0, Count);
        Array.Clear(_postings, 0, Count);
        _ids.Clear();
    }

    private int Add(string key)
    {
        var id = _ids.Count;
        if (id == _keys.Length)
        {
            Array.Resize(ref _keys, id * 2);
            Array.Resize(ref _frequencies, id * 2);
            Array.Resize(ref _postings, id * 2);
        }

        _ids.Add(key, id);
        _keys[id] = key;
        _frequencies[id] = Unknown;
        _postings[id] = null;
        return id;
    }
}
