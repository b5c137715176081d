using Dateline.Core.Model;
using Dateline.Language.Events;
using Dateline.Language.Resolution;
using Dateline.Language.Tokens;

namespace Dateline.Language.Tests.Events;

public class ModalityCueTests
{
    [Fact]
    public void CueMode_answers_as_asking_every_cue_at_every_word_did()
    {
        var lexicon = EventLexicon.Shipped;
        var random = new Random(7);
        string[] vocabulary = [.. lexicon.Modality.SelectMany(c => c.Words).Distinct(), "didnt", "couldn't", "didn't", "won't", "n't", "said", "the", "army", "attack", "to", "not", "may", "could"];
        for (int n = 0; n < 3000; n++)
        {
            var words = Enumerable.Range(0, random.Next(1, 14)).Select(_ => vocabulary[random.Next(vocabulary.Length)]).ToArray();
            var s = View(string.Join(' ', words));
            int end = random.Next(0, words.Length + 1), start = random.Next(0, end + 1);
            Assert.Equal(EveryCue(lexicon, s, start, end), lexicon.CueMode(s, start, end));
        }
    }

    private static SentenceView View(string text)
    {
        var tokens = new List<Token>();
        for (int i = 0; i < text.Length;)
        {
            int next = text.IndexOf(' ', i) is var sp and >= 0 ? sp : text.Length;
            tokens.Add(new Token(new TextSpan(i, next)));
            i = next + 1;
        }

        return new SentenceView(text, new TextSpan(0, text.Length), tokens.ToArray(), [], [], [], new EntityLookup(Document.FromText("t", text)));
    }

    // EventExtractor.Mode's cue loop as it was: every cue at every word
    private static EventMode EveryCue(EventLexicon lexicon, SentenceView s, int start, int end)
    {
        var mode = EventMode.Asserted;
        foreach (var (cueMode, words) in lexicon.Modality)
        {
            for (int k = start; k + words.Length <= end; k++)
            {
                bool match = true;
                for (int w = 0; w < words.Length && match; w++)
                {
                    match = s.Lower(k + w) == words[w] || (words[w] == "n't" && s.Lower(k + w).EndsWith("n't", StringComparison.Ordinal));
                }

                if (match)
                {
                    if (cueMode == EventMode.Negated)
                    {
                        return EventMode.Negated;
                    }

                    mode = cueMode;
                }
            }
        }

        return mode;
    }
}
