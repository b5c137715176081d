using System.Collections.Frozen;
using Dateline.Core.Model;
using Dateline.Language.Tokens;

namespace Dateline.Language.Sentences;

/// <summary>
/// Groups tokens into sentences. A sentence ends at a line break, or after ". ! ? …" (with any closing quotes and
/// brackets) when the next token opens a sentence: a capitalised word, a number or an opening quote. Titles
/// ("Mr.", "Gen.") never end a sentence; other abbreviations ("U.S.", "Inc.") end one only before a typical
/// sentence starter ("The", "He"); a month abbreviation before a number ("Aug. 3") does not. Datelines
/// ("MOSCOW (AP) —") contain no sentence punctuation and stay with their sentence.
/// </summary>
public sealed class SentenceSplitter
{
    /// <summary>
    /// A run of tokens this long without a sentence end is cut. The longest English sentences in the shared corpora
    /// (PolNeAR, TimeBank, Wikinews) have under 200 tokens; longer runs there are scripts whose sentence marks this
    /// splitter does not know (Hindi's danda). A page of symbols can make one "sentence" of a million tokens, which the
    /// per-sentence layers (entity decoding) would otherwise hold in memory whole: 1.5 GB for a million "&amp;A&lt;".
    /// </summary>
    public const int MaxTokensPerSentence = 400;

    private readonly Abbreviations _abbreviations;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _starters;

    public SentenceSplitter(Abbreviations abbreviations, IEnumerable<string> sentenceStarters)
    {
        _abbreviations = abbreviations;
        _starters = sentenceStarters.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static SentenceSplitter Default { get; } = new(Abbreviations.Default, ResourceText.Lines("sentence-starters.txt"));

    /// <summary>Sentence spans over the tokens: each sentence is [first token start, last token end).</summary>
    public List<TextSpan> Split(string text, IReadOnlyList<TextSpan> tokens)
    {
        var sentences = new List<TextSpan>();
        foreach (var range in SplitTokens(text, tokens))
        {
            sentences.Add(new TextSpan(tokens[range.Start].Start, tokens[range.End - 1].End));
        }

        return sentences;
    }

    /// <summary>Sentences as token index ranges [Start, End).</summary>
    public List<TokenRange> SplitTokens(string text, IReadOnlyList<TextSpan> tokens)
    {
        var ranges = new List<TokenRange>();
        int first = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            int last = i;
            bool end = false;
            if (i + 1 < tokens.Count && HasLineBreak(text, tokens[i].End, tokens[i + 1].Start))
            {
                end = true;
            }
            else if (i + 1 - first >= MaxTokensPerSentence)
            {
                end = true;
            }
            else if ((IsTerminal(text, tokens[i]) && !IsInnerPeriod(text, tokens, i)) || IsSentenceFinalAbbreviation(text, tokens, i))
            {
                // Closing quotes and brackets right after the punctuation belong to this sentence.
                while (last + 1 < tokens.Count && IsClosing(text, tokens, last + 1))
                {
                    last++;
                }

                end = last + 1 >= tokens.Count || OpensSentence(text, tokens, last + 1) || HasLineBreak(text, tokens[last].End, tokens[last + 1].Start);
            }

            if (end || last + 1 >= tokens.Count)
            {
                ranges.Add(new TokenRange(first, last + 1));
                first = last + 1;
                i = last;
            }
        }

        return ranges;
    }

    private static bool HasLineBreak(string text, int from, int to)
        => text.AsSpan(from, to - from).IndexOfAny('\n', '\r') >= 0;

    private static bool IsTerminal(string text, TextSpan token)
    {
        char c = text[token.Start];
        return c is '.' or '!' or '?' or '…';
    }

    /// <summary>A period after a lone letter and glued to a capital: "R-W.Va." (a party-state tag whose "W." had ended a
    /// sentence, so that a speaker read "Va."). A longer word's ("Afghanistan.Trump", a missing space) ends one.</summary>
    private static bool IsInnerPeriod(string text, IReadOnlyList<TextSpan> tokens, int i)
        => text[tokens[i].Start] == '.' && tokens[i].Length == 1 && i > 0 && i + 1 < tokens.Count
            && tokens[i - 1].End == tokens[i].Start && tokens[i + 1].Start == tokens[i].End
            && char.IsLetter(text[tokens[i - 1].End - 1]) && (tokens[i - 1].End - 1 == 0 || !char.IsLetter(text[tokens[i - 1].End - 2]))
            && char.IsUpper(text[tokens[i + 1].Start]);

    /// <summary>"… in the U.S. The talks …": an abbreviation's period doubles as the sentence's.</summary>
    private bool IsSentenceFinalAbbreviation(string text, IReadOnlyList<TextSpan> tokens, int i)
    {
        var token = tokens[i];
        if (token.Length < 2 || text[token.End - 1] != '.' || !char.IsLetter(text[token.Start]) || i + 1 >= tokens.Count)
        {
            return false;
        }

        var word = text.AsSpan(token.Start, token.Length - 1);
        if (_abbreviations.IsTitle(word))
        {
            return false;
        }

        var next = text.AsSpan(tokens[i + 1].Start, tokens[i + 1].Length);
        return _starters.Contains(next);
    }

    private static bool IsClosing(string text, IReadOnlyList<TextSpan> tokens, int index)
    {
        var token = tokens[index];
        char c = text[token.Start];
        if (token.Length != 1)
        {
            return false;
        }

        if (c is '”' or '’' or ')' or ']' or '»')
        {
            return true;
        }

        // A straight quote glued to the punctuation before it closes the quotation.
        return c is '"' or '\'' && tokens[index - 1].End == token.Start;
    }

    private bool OpensSentence(string text, IReadOnlyList<TextSpan> tokens, int index)
    {
        var token = tokens[index];
        char c = text[token.Start];
        if (char.IsUpper(c) || char.IsDigit(c) || c is '“' or '‘' or '(' or '[' or '«' or '—' or '–')
        {
            return true;
        }

        // "himself. ``You can see …": the wire's two backquotes open a quotation as “ does (AP and NYT copy)
        if (c == '`' && token.Start + 1 < text.Length && text[token.Start + 1] == '`')
        {
            return true;
        }

        // A straight quote after a space opens a quotation.
        return c is '"' or '\'' && tokens[index - 1].End < token.Start && index + 1 < tokens.Count && tokens[index + 1].Start == token.End;
    }
}
