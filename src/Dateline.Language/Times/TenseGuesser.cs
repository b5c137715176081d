using System.Text.RegularExpressions;
using Dateline.Core.Model;

namespace Dateline.Language.Times;

/// <summary>
/// Guesses whether a time expression points before or after the document date from the verbs around it in its
/// sentence (HeidelTime's idea, without a tagger): the nearest tense cue to the left wins, else the nearest to the
/// right. A modal just before a past participle ("will be held") makes it future.
/// </summary>
internal sealed partial class TenseGuesser(TimexLexicon lexicon, TimeTaggerOptions options)
{
    public Tense Guess(string text, TextSpan sentence, TextSpan timex)
    {
        var left = Words(text, sentence.Start, timex.Start);
        for (int i = left.Count - 1, seen = 0; i >= 0 && seen < options.TenseWindowWords; i--, seen++)
        {
            var tense = Classify(left, i);
            if (tense != Tense.Unknown)
            {
                return tense;
            }
        }

        var right = Words(text, timex.End, sentence.End);
        for (int i = 0; i < right.Count && i < options.TenseWindowWords; i++)
        {
            var tense = Classify(right, i);
            if (tense != Tense.Unknown)
            {
                return tense;
            }
        }

        return Tense.Unknown;
    }

    private Tense Classify(List<string> words, int i)
    {
        var w = words[i];
        if (lexicon.FutureCues.Contains(w) || w.EndsWith("'ll", StringComparison.Ordinal) || w == "won't")
        {
            return Tense.Future;
        }

        bool past = lexicon.PastCues.Contains(w) || (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal) && !lexicon.NotPast.Contains(w));
        if (!past)
        {
            return Tense.Unknown;
        }

        // "will be held", "is expected to be completed": a future cue shortly before the participle.
        for (int j = i - 1; j >= 0 && j >= i - 3; j--)
        {
            if (lexicon.FutureCues.Contains(words[j]))
            {
                return Tense.Future;
            }
        }

        return Tense.Past;
    }

    private static List<string> Words(string text, int start, int end)
    {
        var words = new List<string>();
        if (end <= start)
        {
            return words;
        }

        foreach (Match m in WordPattern().Matches(text.Substring(start, end - start)))
        {
            words.Add(m.Value.ToLowerInvariant().Replace('’', '\''));
        }

        return words;
    }

    [GeneratedRegex(@"[\w][\w'’-]*|'ll|’ll")]
    private static partial Regex WordPattern();
}
