using Dateline.Language.Events;

namespace Dateline.Language.Tests.Events;

public class WordSetTests
{
    private static readonly Random Random = new(11);

    private static string Word() => new([.. Enumerable.Range(0, Random.Next(1, 12)).Select(_ => (char)('a' + Random.Next(26)))]);

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(9)]
    [InlineData(400)]
    [InlineData(3000)]
    public void Answers_as_a_hash_set_does(int count)
    {
        var listed = Enumerable.Range(0, count).Select(_ => Word()).Append("’s").ToHashSet(StringComparer.Ordinal);
        var set = new WordSet(listed);
        Assert.Equal(listed.Count, set.Count);
        Assert.All(listed, w => Assert.True(set.Contains(new string(w.AsSpan()))));
        var asked = Enumerable.Range(0, 20000).Select(_ => Word()).Concat(["", "s", "’"]).ToList();
        Assert.All(asked, w => Assert.Equal(listed.Contains(w), set.Contains(w)));
        Assert.Equal(listed.Order(StringComparer.Ordinal), set.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_word_table_answers_as_its_dictionary_does()
    {
        var listed = Enumerable.Range(0, 2000).Select(_ => Word()).Distinct().ToDictionary(w => w, w => w.Length, StringComparer.Ordinal);
        var table = new WordTable<int>(System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(listed, StringComparer.Ordinal));
        Assert.Equal(listed.Count, table.Count);
        foreach (var w in listed.Keys.Concat(Enumerable.Range(0, 20000).Select(_ => Word())).Append(""))
        {
            Assert.Equal(listed.TryGetValue(w, out int expected), table.TryGetValue(new string(w.AsSpan()), out int found));
            Assert.Equal(expected, found);
            Assert.Equal(listed.ContainsKey(w), table.ContainsKey(w));
        }
    }

    [Fact]
    public void A_sized_filter_keeps_its_listed_words_and_passes_few_others()
    {
        var listed = Enumerable.Range(0, 300).Select(_ => Word()).ToHashSet(StringComparer.Ordinal);
        var filter = WordFilter.Sized(listed, WordSet.FilterBitsPerWord);
        Assert.Equal(32768, filter.Bits); // 300 × 64 rounded up to a power of two
        Assert.Equal(64, WordFilter.Sized([], 64).Bits);
        Assert.Equal(1024, WordFilter.Sized(["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p"], 64).Bits);
        Assert.All(listed, w => Assert.True(filter.MayContain(w)));
        var others = Enumerable.Range(0, 20000).Select(_ => Word()).Where(w => !listed.Contains(w)).ToList();
        Assert.True(others.Count(filter.MayContain) < others.Count / 20);
        Assert.Throws<ArgumentOutOfRangeException>(() => new WordFilter(listed, 100));
    }

    [Fact]
    public void IsActorNoun_answers_as_the_copying_stem_test_did()
    {
        var lexicon = EventLexicon.Shipped;
        string[] endings = ["er", "ers", "or", "ors", "ist", "ists", "ian", "ians", "ee", "ees", "man", "mans", "men", "s", "", "es", "ment", "ss", "erss"];
        var words = lexicon.Actors.Concat(lexicon.ThingNouns).Concat(lexicon.NotActors)
            .Concat(Enumerable.Range(0, 20000).Select(_ => Word() + endings[Random.Next(endings.Length)]))
            .Concat(["men", "women", "bmen", "amen", "abmen", "1ster", "-ster", "aman", "abman", "abcman", "abmans", "abcmans", "doctors", "border", "borders", ""]);
        Assert.All(words, w => Assert.Equal(Copying(lexicon, w), lexicon.IsActorNoun(w)));
    }

    // IsActorNoun as it was before the shape test went first and stopped copying the stem
    private static bool Copying(EventLexicon lexicon, string word)
    {
        if (lexicon.Actors.Contains(word))
        {
            return true;
        }

        if (word.Length < 5 || lexicon.ThingNouns.Contains(word) || !char.IsLetter(word[0]))
        {
            return false;
        }

        var stem = word.EndsWith("men", StringComparison.Ordinal) ? word[..^3] + "man" : word.EndsWith('s') ? word[..^1] : word;
        return stem.EndsWith("er", StringComparison.Ordinal) || stem.EndsWith("or", StringComparison.Ordinal) || stem.EndsWith("ist", StringComparison.Ordinal)
            || stem.EndsWith("ian", StringComparison.Ordinal) || stem.EndsWith("ee", StringComparison.Ordinal)
            || (stem.EndsWith("man", StringComparison.Ordinal) && stem.Length > 4);
    }
}
