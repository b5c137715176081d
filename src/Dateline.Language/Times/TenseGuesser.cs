using System.Text.RegularExpressions;
using Dateline.Core.Model;
using Dateline.Language.Tokens;

namespace Dateline.Language.Times;

/// <summary>
/// Guesses whether a time expression points before or after the document date from the verbs around it in its
/// sentence (HeidelTime's idea, without a tagger): the nearest tense cue to the left wins, else the nearest to the
/// right. A modal just before a past participle ("will be held") makes it future. Where the parts of speech are given,
/// a word in "-ed" that the tagger read as an adjective ("a still unspecified date") is no past cue, and a present-tense
/// verb right after a name ("Clinton leads") is a present one.
/// </summary>
internal sealed partial class TenseGuesser(TimexLexicon lexicon, TimeTaggerOptions options)
{
    /// <param name="taggedAt">What the tagger read in the word that starts at a place (<see cref="TaggedCue"/>); nothing when null.</param>
    public Tense Guess(string text, TextSpan sentence, TextSpan timex, Func<int, TaggedCue>? taggedAt = null)
    {
        // The nearest cue on either side; on a tie the left one (the governing verb usually precedes). Only the words
        // the window reads are kept: a cue's index i looks back at most LookBack words (Classify), so the last
        // window + LookBack words on the left read as the whole left part does.
        int window = options.TenseWindowWords;
        List<int> leftStarts = [], rightStarts = [];
        var left = Words(text, sentence.Start, timex.Start, keepLast: window + LookBack, keepFirst: int.MaxValue, leftStarts);
        var right = Words(text, timex.End, QuoteEnd(text, timex.End, sentence.End), keepLast: int.MaxValue, keepFirst: window, rightStarts);
        if (left.Count > 1 && lexicon.FuturePrepositions.Contains(left[^2] + " " + left[^1]))
        {
            return Tense.Future; // "a protest … set for Friday", "ahead of": the phrase schedules the date itself
        }

        if (left.Count > 0 && lexicon.FuturePrepositions.Contains(left[^1]))
        {
            // "had been paying $35,000 a month for until May" told in August, "gave Merieux until mid-November" told 30
            // October (TimeBank wsj_0533): a finite past verb of the clause against the preposition, the nearest reading.
            return PastVerbBefore(text, left, leftStarts, left.Count - 1) ? Tense.Present : Tense.Future;
        }
        for (int distance = 0; distance < options.TenseWindowWords; distance++)
        {
            int i = left.Count - 1 - distance;
            if (i >= 0 && Classify(text, left, leftStarts, i, Tagged(leftStarts, i)) is var l && l != Tense.Unknown)
            {
                return l;
            }

            if (distance < right.Count && Classify(text, right, rightStarts, distance, Tagged(rightStarts, distance)) is var r && r != Tense.Unknown)
            {
                return r;
            }
        }

        return Tense.Unknown;

        TaggedCue Tagged(List<int> starts, int i) => taggedAt is null ? TaggedCue.None : taggedAt(starts[i]);
    }

    /// <summary>
    /// How many words before a cue <see cref="Classify"/> reads (a determiner before a noun, a modal before a participle:
    /// "will almost certainly be decided" holds three links, unseen news audit 11).
    /// </summary>
    private const int LookBack = 5;

    /// <summary>How many words before a participle a modal is looked for whatever the words between ("as soon as trading opened": TimeBank wsj_0340).</summary>
    private const int AnyWordsBack = 3;

    /// <param name="starts">Where each of <paramref name="words"/> starts in <paramref name="text"/>.</param>
    private Tense Classify(string text, List<string> words, List<int> starts, int i, TaggedCue tagged)
    {
        var w = words[i];
        if (IsNameInside(text, starts[i], w))
        {
            return Tense.Unknown;
        }

        if (lexicon.FutureCues.Contains(w) || w.EndsWith("'ll", StringComparison.Ordinal) || w == "won't")
        {
            // "announced the plan Aug. 21": a cue after a determiner is a noun ("the plan", "its schedule"), no tense.
            // "began increasing the rent … starting with the May 31 payment": a starting point after a past verb points
            // either way, the nearest reading (as a present verb reads a date).
            return i > 0 && lexicon.FutureNouns.Contains(w) && Determiners.Contains(words[i - 1]) ? Tense.Unknown
                : lexicon.StartCues.Contains(w) && PastVerbBefore(text, words, starts, i) ? Tense.Present
                : Tense.Future;
        }

        if (lexicon.PresentCues.Contains(w) || tagged == TaggedCue.PresentAfterName)
        {
            return Tense.Present;
        }

        // "-ed" read as a past unless listed otherwise or tagged an adjective ("by 271 pledged delegates": unseen news audit 10)
        bool past = lexicon.PastCues.Contains(w) || (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal) && !lexicon.NotPast.Contains(w) && tagged != TaggedCue.Adjective);
        if (!past)
        {
            return Tense.Unknown;
        }

        // "will be held", "is expected to be completed": a future cue shortly before the participle, further back
        // ("will almost certainly be decided") with only auxiliaries and adverbs between (Data/time-participle-links.txt);
        // but a modal with "have" is a past ("could have emerged", "would have been held"). Not across a comma, quote
        // mark or other stop: the "will" of "messages will resonate,” he said" governs "resonate", not "said".
        bool linksOnly = true;
        for (int j = i - 1; j >= 0 && j >= i - LookBack; j--)
        {
            if (ClauseStopBetween(text, starts[j] + words[j].Length, starts[j + 1]))
            {
                break;
            }

            if ((lexicon.FutureCues.Contains(words[j]) || lexicon.Modals.Contains(words[j])) && !IsNameInside(text, starts[j], words[j]))
            {
                bool perfect = false;
                for (int k = j + 1; k < i; k++)
                {
                    perfect |= words[k] == "have";
                }

                return perfect ? Tense.Past : Tense.Future;
            }

            linksOnly &= lexicon.ParticipleLinks.Contains(words[j]) || (words[j].Length > 4 && words[j].EndsWith("ly", StringComparison.Ordinal));
            if (!linksOnly && i - j >= AnyWordsBack)
            {
                break;
            }
        }

        return Tense.Past;
    }

    /// <summary>
    /// Whether the nearest tense word before words[i] in its clause (no comma, quote mark or other stop between, at most
    /// <see cref="TimeTaggerOptions.TenseWindowWords"/> back) is a finite past of Data/time-past-cues.txt ("had", "was",
    /// "began"). Any other cue, a modal, "has"/"have" or a word in "-ed" (a participle: "is closed until May") ends the
    /// search with no.
    /// </summary>
    private bool PastVerbBefore(string text, List<string> words, List<int> starts, int i)
    {
        for (int j = i - 1; j >= 0 && i - j <= options.TenseWindowWords; j--)
        {
            int gap = starts[j] + words[j].Length;
            bool inNumber = starts[j + 1] - gap == 1 && text[gap] == ',' && char.IsDigit(text[gap - 1]) && char.IsDigit(text[gap + 1]); // "$35,000"
            if (!inNumber && ClauseStopBetween(text, gap, starts[j + 1]))
            {
                return false;
            }

            var w = words[j];
            if (IsNameInside(text, starts[j], w))
            {
                continue;
            }

            if (lexicon.PastCues.Contains(w))
            {
                return true;
            }

            if (lexicon.FutureCues.Contains(w) || lexicon.PresentCues.Contains(w) || lexicon.Modals.Contains(w) || w is "has" or "have"
                || (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal) && !lexicon.NotPast.Contains(w)))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a time expression is the date of an event held on a date set ahead (Data/time-event-nouns.txt): "the
    /// convention in July" (the noun, "in", the expression) or "the July convention" (the noun right after it).
    /// </summary>
    public bool DatesAnEvent(string text, TextSpan timex)
    {
        var before = Words(text, Math.Max(0, timex.Start - 40), timex.Start, keepLast: 2, keepFirst: int.MaxValue);
        if (before.Count == 2 && before[1] == "in" && lexicon.EventNouns.Contains(before[0]))
        {
            return true;
        }

        List<int> afterStarts = [];
        var after = Words(text, timex.End, Math.Min(text.Length, timex.End + 40), keepLast: int.MaxValue, keepFirst: 1, afterStarts);
        return after.Count == 1 && lexicon.EventNouns.Contains(after[0]) && text.AsSpan(timex.End, afterStarts[0] - timex.End).IsWhiteSpace();
    }

    /// <summary>
    /// A cue word written with a capital inside its sentence is a name ("Senior advisor Hope Hicks had tested positive
    /// on Thursday": no "hope"; "Pete Rose", "United"; <see cref="NamesInside"/>), not "I'll".
    /// </summary>
    private static bool IsNameInside(string text, int start, string word)
        => !word.StartsWith("i'", StringComparison.Ordinal) && NamesInside.IsName(text, start);

    /// <summary>Whether text[from..to] (between two words) holds a mark that ends a clause or a quotation.</summary>
    /// <summary>
    /// Where the words after a time expression stop being its clause's: at the first closing quote mark after it (”, or
    /// " right after a word or punctuation), else at <paramref name="end"/>. The verb after a quote tells when it was
    /// said, not when what it says happens ("… will be in Casper this Saturday morning,” the release added" told on a
    /// Friday: "added" made it the Saturday before; unseen sample 15).
    /// </summary>
    internal static int QuoteEnd(string text, int from, int end)
    {
        for (int i = from; i < end; i++)
        {
            if (text[i] == '”' || (text[i] == '"' && i > 0 && !char.IsWhiteSpace(text[i - 1])))
            {
                return i;
            }
        }

        return end;
    }

    private static bool ClauseStopBetween(string text, int from, int to)
        => to > from && text.AsSpan(from, to - from).IndexOfAny(ClauseStops) >= 0;

    private static readonly System.Buffers.SearchValues<char> ClauseStops = System.Buffers.SearchValues.Create(",;:()\"“”«»—–");

    /// <summary>What the tagger read in a word, as far as the tense cues go.</summary>
    public enum TaggedCue
    {
        /// <summary>Nothing that changes the word's reading.</summary>
        None,

        /// <summary>An adjective (JJ): a word in "-ed" is then no past ("a still unspecified date in January", TimeBank wsj_0918).</summary>
        Adjective,

        /// <summary>
        /// A present-tense verb (VBZ, VBP; not "has", "have", "'s") right after a name (NNP): "Entering the final contests in
        /// June, Clinton leads Sanders" (unseen news audit 10). After a common noun the tagger's VBZ is often a plural noun ("store chains").
        /// </summary>
        PresentAfterName,
    }

    /// <summary>Words after which a future cue of Data/time-future-nouns.txt ("plan", "schedule") is a noun.</summary>
    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal) { "the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "these", "those" };

    /// <summary>
    /// The words of text[start..end] (lower-cased, ’ as '), as the word pattern finds them in that stretch alone: only
    /// the last <paramref name="keepLast"/> or the first <paramref name="keepFirst"/>, so a word the window never reads
    /// is never made a string. Each word's place in the text is added to <paramref name="starts"/> when given.
    /// </summary>
    private static List<string> Words(string text, int start, int end, int keepLast, int keepFirst, List<int>? starts = null)
    {
        var words = new List<string>();
        if (end <= start)
        {
            return words;
        }

        var stretch = text.AsSpan(start, end - start);
        if (keepLast == int.MaxValue)
        {
            foreach (var m in WordPattern().EnumerateMatches(stretch))
            {
                if (words.Count == keepFirst)
                {
                    break;
                }

                words.Add(Word(stretch.Slice(m.Index, m.Length)));
                starts?.Add(start + m.Index);
            }

            return words;
        }

        // The last words: their positions in a ring, made strings at the end; read from a start near the end that finds
        // the same last words (a sentence of many expressions was read whole for each: quadratic, hostile-audit2).
        int from = LastWordsStart(stretch, keepLast);
        stretch = stretch[from..];
        Span<(int Index, int Length)> ring = keepLast <= 64 ? stackalloc (int, int)[keepLast] : new (int, int)[keepLast];
        int count = 0;
        foreach (var m in WordPattern().EnumerateMatches(stretch))
        {
            ring[count % keepLast] = (m.Index, m.Length);
            count++;
        }

        words.Capacity = Math.Min(count, keepLast);
        for (int k = Math.Max(0, count - keepLast); k < count; k++)
        {
            var (index, length) = ring[k % keepLast];
            words.Add(Word(stretch.Slice(index, length)));
            starts?.Add(start + from + index);
        }

        return words;
    }

    /// <summary>
    /// Where in <paramref name="stretch"/> a reading that finds the same last <paramref name="keep"/> words as the whole
    /// stretch may start: after a character no word can hold (<see cref="NotInWord"/>) with at least that many runs of
    /// word characters holding a letter or digit after it, or 0. No match of <see cref="WordPattern"/> crosses such a
    /// character, and a run with a \w character holds at least one match, so the matches after it are the whole
    /// stretch's (the pattern reads no context: no anchor, no lookaround).
    /// </summary>
    internal static int LastWordsStart(ReadOnlySpan<char> stretch, int keep)
    {
        int runs = 0;
        int end = stretch.Length;
        while (end > 0)
        {
            int separator = -1;
            foreach (var m in NotInWord().EnumerateMatches(stretch[..end]))
            {
                separator = m.Index; // right to left: the last one first
                break;
            }

            if (WordChar().IsMatch(stretch[(separator + 1)..end]) && ++runs >= keep && separator >= 0)
            {
                return separator + 1;
            }

            if (separator < 0)
            {
                return 0;
            }

            end = separator;
        }

        return 0;
    }

    [GeneratedRegex(@"[^\w'’-]", RegexOptions.RightToLeft)]
    private static partial Regex NotInWord();

    [GeneratedRegex(@"\w")]
    private static partial Regex WordChar();

    private static string Word(ReadOnlySpan<char> word)
    {
        Span<char> lower = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(lower);
        lower.Replace('’', '\'');
        return new string(lower);
    }

    [GeneratedRegex(@"[\w][\w'’-]*|'ll|’ll")]
    private static partial Regex WordPattern();
}
