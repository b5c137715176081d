using Dateline.Language.Events;

namespace Dateline.Language.Tests.Events;

public class SentenceViewTests
{
    [Fact]
    public void A_words_class_answers_as_asking_its_set_does()
    {
        // more sets than the memo has bits (the later ones answer by lookup), asked in random order and again, over
        // sentences that reuse the thread's buffers one after another
        var random = new Random(19);
        string[] vocabulary = [.. Enumerable.Range(0, 40).Select(n => $"w{n}"), "the", "'s", "'", "said"];
        var sets = Enumerable.Range(0, WordSet.ClassBits + 16)
            .Select(_ => new WordSet(vocabulary.Where(_ => random.Next(4) == 0)))
            .ToArray();
        for (int n = 0; n < 2000; n++)
        {
            var words = Enumerable.Range(0, random.Next(1, 30)).Select(_ => vocabulary[random.Next(vocabulary.Length)]).ToArray();
            var s = ModalityCueTests.View(string.Join(' ', words));
            for (int ask = 0; ask < 200; ask++)
            {
                var set = sets[random.Next(sets.Length)];
                int i = random.Next(-1, words.Length + 1);
                Assert.Equal(set.Contains(s.Lower(i)), s.Is(i, set));
            }
        }
    }
}
