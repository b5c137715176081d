using Dateline.Language.Tagging;

namespace Dateline.Language.Tests.Tagging;

public class WordTagTableTests
{
    [Fact]
    public void Finds_exactly_what_the_dictionary_finds()
    {
        var random = new Random(20);
        string Word() => new([.. Enumerable.Range(0, random.Next(5)).Select(_ => "abcAB'-’"[random.Next(8)])]);
        for (int round = 0; round < 50; round++)
        {
            var dictionary = new Dictionary<string, PartOfSpeech>(StringComparer.Ordinal);
            for (int k = random.Next(300); k > 0; k--)
            {
                dictionary[Word()] = (PartOfSpeech)random.Next(Enum.GetValues<PartOfSpeech>().Length);
            }

            var table = new WordTagTable(dictionary);
            for (int q = 0; q < 400; q++)
            {
                var word = Word();
                uint hash = WordTagTable.HashOf(word);
                table.Prefetch(hash);
                table.PrefetchFound(hash);
                Assert.Equal(dictionary.TryGetValue(word, out var want), table.TryGetValue(("x" + word).AsSpan(1), hash, out var tag));
                Assert.Equal(want, tag);
            }
        }
    }
}
