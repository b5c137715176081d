using System.Text.RegularExpressions;

namespace Dateline.Extraction.TextDump;

/// <summary>
/// Tells whether a chrome cue found in a line sits inside a full sentence of running prose, where it is a word of the
/// story: the sentence holding it is long, the cue neither opens it (an imperative "Sign up for …", a label) nor closes
/// it (a credit "… via Getty Images", "(AP Photo/Name)"), and the sentence does not address the reader ("your
/// inbox", "our newsletter"), as prompts do. Shape tests only: no site's or page's words.
/// </summary>
public sealed class RunningProse
{
    private readonly HashSet<string> _readerWords;

    public RunningProse(IEnumerable<string> readerWords)
    {
        _readerWords = new HashSet<string>(readerWords, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Fewest words of the sentence holding the cue. PolNeAR train: the sentences that carried a cue and were removed
    /// wrongly had 14-60 words ("According to a Reuters/Ipsos poll, the two candidates are in a dead heat nationally."
    /// 14); the prompts that did not address the reader had at most 10 ("Just click here, enter your email address,
    /// and click “sign up.”", "For more, sign up for the What’s Working newsletter.").
    /// </summary>
    public int MinSentenceWords { get; init; } = 12;

    /// <summary>Fewest words before the cue in its sentence: a cue that opens the sentence is an imperative or a label.</summary>
    public int MinWordsBefore { get; init; } = 2;

    /// <summary>Fewest words after the cue in its sentence: a credit closes its sentence, a story's words go on.</summary>
    public int MinWordsAfter { get; init; } = 3;

    /// <summary>True when the hit at [index, index + length) of <paramref name="text"/> lies inside running prose.</summary>
    public bool Holds(string text, int index, int length)
    {
        var start = SentenceStart(text, index);
        var end = SentenceEnd(text, index + length);
        var before = Words(text.AsSpan(start, index - start));
        var after = Words(text.AsSpan(index + length, end - index - length));
        var all = Words(text.AsSpan(start, end - start));
        if (before < MinWordsBefore || after < MinWordsAfter || all < MinSentenceWords)
        {
            return false;
        }

        foreach (Match w in DumpLineReader.WordPattern().Matches(text, start))
        {
            if (w.Index >= end)
            {
                break;
            }

            // A two-letter capitalized word is an abbreviation ("US"), not the pronoun.
            if (_readerWords.Contains(w.Value) && !(w.Length == 2 && w.Value.All(char.IsUpper)))
            {
                return false;
            }
        }

        return true;
    }

    private static int Words(ReadOnlySpan<char> span) => DumpLineReader.WordPattern().Count(span);

    // A sentence ends at . ! ? (with closing quotes or brackets) before white space; the cue's own stops ("Ipsos.")
    // count from the cue's end.
    private static int SentenceStart(string text, int index)
    {
        for (var i = index - 1; i > 0; i--)
        {
            if (char.IsWhiteSpace(text[i]) && IsStop(text, i - 1))
            {
                return i + 1;
            }
        }

        return 0;
    }

    private static int SentenceEnd(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (text[i] is '.' or '!' or '?' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]) || text[i + 1] is '"' or '”' or '’' or ')'))
            {
                return i;
            }
        }

        return text.Length;
    }

    private static bool IsStop(string text, int i)
    {
        while (i > 0 && text[i] is '"' or '”' or '’' or ')' or ']')
        {
            i--;
        }

        return text[i] is '.' or '!' or '?';
    }
}
