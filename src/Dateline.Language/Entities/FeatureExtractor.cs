namespace Dateline.Language.Entities;

/// <summary>
/// Turns a sentence into hashed sparse features per token: word forms, shapes, affixes, a ±2 context window,
/// gazetteer matches, word-cluster paths, and conjunctions of these. Stateless; a <see cref="FeatureScratch"/>
/// carries the per-call buffers, so one extractor serves all threads.
/// </summary>
internal sealed class FeatureExtractor(Lexicon lexicon, WordClusters clusters, bool extended = false, bool phrases = false)
{
    /// <summary>Whether the wider templates (surrounding-word pair, clusters at ±2, shape trigram, gazetteer × shape) are on.</summary>
    public bool Extended => extended;

    /// <summary>
    /// Whether the capitalised-phrase templates are on: for each word of a run of capitalised words (joined by
    /// "of", "for", "and", "'s", "&amp;"), where an organisation head word stands in the run, the run's first and last
    /// words, the words around the run and its length. They carry what makes "Civil Aviation Administration of China"
    /// an organisation to every word of it, beyond the ±2 window.
    /// </summary>
    public bool Phrases => phrases;

    private static readonly ulong[] Connectors = [.. new[] { "of", "for", "'s", "&" }.Select(w => FeatureHash.OfLower(w))];

    public const int MaxFeaturesPerToken = 128;

    private const ulong Boundary = 0x5bd1e9955bd1e995UL;

    public Lexicon Lexicon => lexicon;

    /// <summary>Fills scratch.Features[i * MaxFeaturesPerToken ..] and scratch.Counts[i] for each word.</summary>
    public void Extract(string[] words, FeatureScratch scratch, DocumentContext? document = null, PredictionHistory? history = null)
    {
        int n = words.Length;
        scratch.Ensure(n);
        var low = scratch.Low;
        var form = scratch.Form;
        var shape = scratch.Shape;
        var path = scratch.Path;
        int upperWords = 0;
        int letterWords = 0;
        var infos = scratch.Infos;
        var cache = scratch.WordCache;
        var hashes = scratch.WordHashes;
        for (int i = 0; i < n; i++)
        {
            hashes[i] = WordCache.HashOf(words[i]);
            cache.Prefetch(hashes[i]);
        }

        for (int i = 0; i < n; i++)
        {
            cache.PrefetchFound(hashes[i]);
        }

        for (int i = 0; i < n; i++)
        {
            var info = Describe(words[i], hashes[i], cache);
            infos[i] = info;
            low[i] = info.Low;
            form[i] = info.Form;
            shape[i] = info.Shape;
            path[i] = info.Path;
            if (info.HasLetter)
            {
                letterWords++;
                upperWords += info.AllUpper ? 1 : 0;
            }
        }

        lexicon.Match(words, low, scratch.LexBegin, scratch.LexInside);

        if (phrases)
        {
            MarkPhrases(words, low, scratch);
        }

        // Headlines and datelines in capitals: shapes mean something else there.
        bool capsSentence = letterWords >= 3 && upperWords * 10 >= letterWords * 8;
        for (int i = 0; i < n; i++)
        {
            var f = scratch.Features.AsSpan(i * MaxFeaturesPerToken, MaxFeaturesPerToken);
            int k = 0;
            ulong lowPrev = i > 0 ? low[i - 1] : Boundary;
            ulong lowNext = i + 1 < n ? low[i + 1] : Boundary + 1;
            ulong lowPrev2 = i > 1 ? low[i - 2] : Boundary + 2;
            ulong lowNext2 = i + 2 < n ? low[i + 2] : Boundary + 3;
            ulong shapePrev = i > 0 ? shape[i - 1] : Boundary;
            ulong shapeNext = i + 1 < n ? shape[i + 1] : Boundary + 1;

            f[k++] = FeatureHash.Template(0, 0);
            f[k++] = FeatureHash.Template(1, low[i]);
            f[k++] = FeatureHash.Template(2, form[i]);
            f[k++] = FeatureHash.Template(3, lowPrev);
            f[k++] = FeatureHash.Template(4, lowNext);
            f[k++] = FeatureHash.Template(5, lowPrev2);
            f[k++] = FeatureHash.Template(6, lowNext2);
            f[k++] = FeatureHash.Template(7, shape[i]);
            f[k++] = FeatureHash.Template(8, shapePrev);
            f[k++] = FeatureHash.Template(9, shapeNext);
            f[k++] = FeatureHash.Template(10, FeatureHash.Combine(shapePrev, shape[i]));
            f[k++] = FeatureHash.Template(11, FeatureHash.Combine(shape[i], shapeNext));

            var word = words[i];
            foreach (var affix in infos[i].Affixes)
            {
                f[k++] = affix;
            }

            uint p = path[i];
            if (p != 0)
            {
                uint bits = p >> 16;
                f[k++] = FeatureHash.Template(20, bits >> 12);
                f[k++] = FeatureHash.Template(21, bits >> 8);
                f[k++] = FeatureHash.Template(22, bits >> 4);
                f[k++] = FeatureHash.Template(23, bits);
                f[k++] = FeatureHash.Template(28, p & 0xffff);
            }

            uint pp = i > 0 ? path[i - 1] : 0xffffffff;
            uint pn = i + 1 < n ? path[i + 1] : 0xfffffffe;
            f[k++] = FeatureHash.Template(24, pp >> 24);
            f[k++] = FeatureHash.Template(25, pn >> 24);
            f[k++] = FeatureHash.Template(26, pp >> 16);
            f[k++] = FeatureHash.Template(27, pn >> 16);
            f[k++] = FeatureHash.Template(29, pp & 0xffff);
            f[k++] = FeatureHash.Template(30, pn & 0xffff);

            k = AddCategories(f, k, 31, scratch.LexBegin[i]);
            k = AddCategories(f, k, 32, scratch.LexInside[i]);
            if (i > 0)
            {
                k = AddCategories(f, k, 33, scratch.LexBegin[i - 1] | scratch.LexInside[i - 1]);
            }

            if (i + 1 < n)
            {
                k = AddCategories(f, k, 34, scratch.LexBegin[i + 1] | scratch.LexInside[i + 1]);
            }

            f[k++] = FeatureHash.Template(35, FeatureHash.Combine(lowPrev, low[i]));
            f[k++] = FeatureHash.Template(36, FeatureHash.Combine(low[i], lowNext));
            f[k++] = FeatureHash.Template(37, i == 0 ? shape[i] : Boundary);
            f[k++] = FeatureHash.Template(38, i > 0 ? form[i - 1] : Boundary);
            f[k++] = FeatureHash.Template(39, capsSentence ? shape[i] : Boundary);
            f[k++] = FeatureHash.Template(40, FeatureHash.Combine(lowPrev, shape[i]));
            f[k++] = FeatureHash.Template(41, FeatureHash.Combine(shape[i], lowNext));
            f[k++] = FeatureHash.Template(42, i + 1 < n ? form[i + 1] : Boundary);
            if (capsSentence)
            {
                f[k++] = FeatureHash.Template(43, low[i]);
            }

            if (extended)
            {
                uint pp2 = i > 1 ? path[i - 2] : 0xfffffffd;
                uint pn2 = i + 2 < n ? path[i + 2] : 0xfffffffc;
                f[k++] = FeatureHash.Template(70, FeatureHash.Combine(lowPrev, lowNext));
                f[k++] = FeatureHash.Template(71, pp2 >> 24);
                f[k++] = FeatureHash.Template(72, pn2 >> 24);
                f[k++] = FeatureHash.Template(73, FeatureHash.Combine((ulong)(uint)(scratch.LexBegin[i] | scratch.LexInside[i]), shape[i]));
                f[k++] = FeatureHash.Template(77, i == 0 ? low[i] : Boundary);
                f[k++] = FeatureHash.Template(78, FeatureHash.Combine(FeatureHash.Combine(shapePrev, shape[i]), shapeNext));
            }

            if (phrases && scratch.PhraseStart[i] >= 0)
            {
                k = AddPhraseFeatures(f, k, i, n, low, scratch);
            }

            if (document?.Lookup(low[i]) is { } stats && char.IsUpper(word[0]) && k + 2 + (2 * DocumentContext.MaxContexts) <= MaxFeaturesPerToken)
            {
                // Non-local evidence: how the rest of the document writes and surrounds this word.
                f[k++] = FeatureHash.Template(50, FeatureHash.Combine(stats.LowerElsewhere ? 1UL : 0UL, shape[i]));
                f[k++] = FeatureHash.Template(51, (stats.CapitalisedInside ? 2UL : 0UL) + (i == 0 ? 1UL : 0UL));
                foreach (var (previous, next) in stats.Contexts)
                {
                    f[k++] = FeatureHash.Template(52, previous);
                    f[k++] = FeatureHash.Template(53, next);
                }
            }

            if (history is not null)
            {
                k = history.AddFeatures(word, low[i], f, k);
            }

            scratch.Counts[i] = k;
        }
    }

    /// <summary>
    /// Finds the runs of capitalised words (a connector counts when capitalised words stand on both sides of it):
    /// scratch.PhraseStart/PhraseEnd give each word's run (−1 outside runs), scratch.PhraseHeads the offsets of its
    /// organisation head words as a bit mask (the first 31 words of a run).
    /// </summary>
    private void MarkPhrases(string[] words, ulong[] low, FeatureScratch scratch)
    {
        int n = words.Length;
        var start = scratch.PhraseStart;
        var end = scratch.PhraseEnd;
        var heads = scratch.PhraseHeads;
        int i = 0;
        while (i < n)
        {
            if (!Capitalised(words[i]))
            {
                start[i] = -1;
                i++;
                continue;
            }

            int e = i + 1;
            while (e < n && (Capitalised(words[e]) || (e + 1 < n && Array.IndexOf(Connectors, low[e]) >= 0 && Capitalised(words[e + 1]))))
            {
                e++;
            }

            int mask = 0;
            for (int j = i; j < e && j - i < 31; j++)
            {
                if (((scratch.LexBegin[j] & (int)LexiconCategory.OrgHead) != 0) && Capitalised(words[j]))
                {
                    mask |= 1 << (j - i);
                }
            }

            for (int j = i; j < e; j++)
            {
                start[j] = i;
                end[j] = e;
                heads[j] = mask;
            }

            i = e;
        }
    }

    private static bool Capitalised(string word) => word.Length > 0 && char.IsUpper(word[0]);

    private static int AddPhraseFeatures(Span<ulong> f, int k, int i, int n, ulong[] low, FeatureScratch scratch)
    {
        if (k + 6 > MaxFeaturesPerToken)
        {
            return k;
        }

        int s = scratch.PhraseStart[i];
        int e = scratch.PhraseEnd[i];
        int length = e - s;

        // Position in the run: 0 alone, 1 first, 2 inside, 3 last (see HeadFeature).
        ulong position = length == 1 ? 0UL : i == s ? 1UL : i == e - 1 ? 3UL : 2UL;
        int offset = i - s;
        int heads = scratch.PhraseHeads[i];
        int before = offset >= 31 ? heads : heads & ((1 << offset) - 1);
        int after = offset >= 31 ? 0 : heads >> (offset + 1);
        f[k++] = HeadFeature(before != 0, after != 0, offset < 31 && (heads & (1 << offset)) != 0, position);
        f[k++] = FeatureHash.Template(91, FeatureHash.Combine(low[e - 1], position));
        f[k++] = FeatureHash.Template(92, FeatureHash.Combine(low[s], position));
        f[k++] = FeatureHash.Template(93, FeatureHash.Combine(s > 0 ? low[s - 1] : Boundary, position));
        f[k++] = FeatureHash.Template(94, FeatureHash.Combine(e < n ? low[e] : Boundary + 1, position));
        f[k++] = FeatureHash.Template(95, ((ulong)Math.Min(length, 5) << 2) | position);
        return k;
    }

    /// <summary>
    /// The feature of where a run's organisation head words stand from a word: before it, after it, the word itself;
    /// position 0 = a one-word run, 1 = first, 2 = inside, 3 = last word of the run.
    /// </summary>
    internal static ulong HeadFeature(bool headBefore, bool headAfter, bool isHead, ulong position)
        => FeatureHash.Template(90, (((headBefore ? 1UL : 0UL) | (headAfter ? 2UL : 0UL) | (isHead ? 4UL : 0UL)) << 2) | position);

    /// <summary>The per-word part of the features, cached per thread: words repeat, hashing them again is waste.</summary>
    private WordInfo Describe(string word, uint hash, WordCache cache)
    {
        if (cache.TryGet(word, hash, out var info))
        {
            return info;
        }

        ulong low = FeatureHash.OfLower(word);
        int affixCount = Math.Min(4, word.Length - 1);
        var affixes = new ulong[Math.Max(0, affixCount) * 2];
        for (int a = 1; a <= affixCount; a++)
        {
            affixes[(a - 1) * 2] = FeatureHash.Template(11 + a, FeatureHash.OfLower(word.AsSpan(0, a)));
            affixes[((a - 1) * 2) + 1] = FeatureHash.Template(15 + a, FeatureHash.OfLower(word.AsSpan(word.Length - a)));
        }

        ulong shape = ShapeHash(word, out bool hasLetter, out bool allUpper);
        info = new WordInfo(low, FeatureHash.Of(word), shape, clusters.Lookup(low), hasLetter, allUpper, affixes);
        cache.Add(word, hash, info);
        return info;
    }

    private static int AddCategories(Span<ulong> f, int k, int template, int categories)
    {
        while (categories != 0 && k < MaxFeaturesPerToken)
        {
            int bit = System.Numerics.BitOperations.TrailingZeroCount(categories);
            f[k++] = FeatureHash.Template(template, (ulong)bit + 1);
            categories &= categories - 1;
        }

        return k;
    }

    /// <summary>Shape with runs collapsed: "Hifter" → Xx, "U.N." → X.X., "20,000" → d,d; short words keep full length.</summary>
    private static ulong ShapeHash(string word, out bool hasLetter, out bool allUpper)
    {
        Span<char> buffer = stackalloc char[24];
        int length = 0;
        char last = '\0';
        int run = 0;
        hasLetter = false;
        allUpper = true;
        foreach (char c in word)
        {
            char s;
            if (char.IsUpper(c))
            {
                s = 'X';
                hasLetter = true;
            }
            else if (char.IsLetter(c))
            {
                s = 'x';
                hasLetter = true;
                allUpper = false;
            }
            else if (char.IsDigit(c))
            {
                s = 'd';
            }
            else
            {
                s = c;
            }

            run = s == last ? run + 1 : 1;
            last = s;
            if ((run <= 2 || (run == 3 && word.Length <= 4)) && length < buffer.Length)
            {
                buffer[length++] = s;
            }
        }

        allUpper &= hasLetter;
        return FeatureHash.Of(buffer[..length]);
    }
}
