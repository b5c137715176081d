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
                    }
                    else if (carried && i == para.Start)
                    {
                        // the opening mark of a continuation paragraph: the quote goes on
                    }
                    else if (role == Role.Either && i > 0 && !char.IsWhiteSpace(text[i - 1]))
                    {
                        quotes.Add(new TextSpan(open, i + length));
                        open = -1;
                    }
                }
                else if (decided == Role.Close && open >= 0)
                {
                    quotes.Add(new TextSpan(open, i + length));
                    open = -1;
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
            '\'' when i + 1 < text.Length && text[i + 1] == '\'' => (Role.Either, 2),
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
