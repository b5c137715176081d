namespace Dateline.Store.Duplicates;

/// <summary>
/// Computes MinHash signatures over lower-cased word shingles. Thread-safe: the hash parameters are fixed at
/// construction from a constant seed, so every run and every machine gives the same signatures.
/// </summary>
public sealed class MinHasher
{
    private readonly MinHashOptions _options;
    private readonly ulong[] _a;
    private readonly ulong[] _b;

    public MinHasher(MinHashOptions? options = null)
    {
        _options = options ?? MinHashOptions.Default;
        _a = new ulong[_options.HashCount];
        _b = new ulong[_options.HashCount];
        var state = 0x9E3779B97F4A7C15UL;
        for (var i = 0; i < _a.Length; i++)
        {
            _a[i] = SplitMix(ref state) | 1;
            _b[i] = SplitMix(ref state);
        }
    }

    public MinHashOptions Options => _options;

    /// <summary>The signature of a text, or null when it is too short to compare.</summary>
    public MinHashSignature? Compute(string text)
    {
        var words = Words(text);
        var k = _options.ShingleWords;
        if (words.Count - k + 1 < _options.MinShingles)
        {
            return null;
        }

        var mins = new uint[_options.HashCount];
        Array.Fill(mins, uint.MaxValue);
        for (var i = 0; i + k <= words.Count; i++)
        {
            var shingle = 14695981039346656037UL;
            for (var j = 0; j < k; j++)
            {
                shingle = (shingle ^ words[i + j]) * 1099511628211UL;
            }

            for (var h = 0; h < mins.Length; h++)
            {
                // A full avalanche mix per hash function: multiply-shift alone is too weak for min-wise sampling.
                var v = (uint)(Mix((shingle ^ _b[h]) * _a[h]) >> 32);
                if (v < mins[h])
                {
                    mins[h] = v;
                }
            }
        }

        var bands = new long[_options.Bands];
        for (var band = 0; band < bands.Length; band++)
        {
            var key = 14695981039346656037UL ^ (ulong)band;
            for (var r = 0; r < _options.RowsPerBand; r++)
            {
                key = (key ^ mins[(band * _options.RowsPerBand) + r]) * 1099511628211UL;
            }

            bands[band] = (long)key;
        }

        return new MinHashSignature(mins, bands);
    }

    /// <summary>Hashes of the lower-cased letter/digit runs of the text.</summary>
    private static List<ulong> Words(string text)
    {
        var words = new List<ulong>(text.Length / 5);
        var hash = 14695981039346656037UL;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                hash = (hash ^ char.ToLowerInvariant(c)) * 1099511628211UL;
                inWord = true;
            }
            else if (inWord)
            {
                words.Add(hash);
                hash = 14695981039346656037UL;
                inWord = false;
            }
        }

        if (inWord)
        {
            words.Add(hash);
        }

        return words;
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong SplitMix(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
