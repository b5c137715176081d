using Dateline.Extraction.Html;

namespace Dateline.Extraction.TextDump;

/// <summary>
/// Where a text starts by the page's own summary: blog software cuts the meta description from the first words of a
/// post, so short lines, labels and list items that spell the start of the description are the opening of the body,
/// not header furniture, even where no running text is among them yet.
/// </summary>
/// <param name="Description">The page's meta description.</param>
/// <param name="MinChars">How many characters of the description (white space aside) the lines must spell.</param>
public sealed record DescribedOpening(string? Description, int MinChars)
{
    private readonly string _wanted = NodeText.Squeezed(Description);

    /// <summary>
    /// The earliest of <paramref name="texts"/> before <paramref name="first"/> from which the texts, read on, spell
    /// the start of the description for at least <see cref="MinChars"/> characters (the first of them whole);
    /// <paramref name="first"/> when none does.
    /// </summary>
    public int Find(IReadOnlyList<string> texts, int first)
    {
        if (_wanted.Length < MinChars || MinChars <= 0)
        {
            return first;
        }

        // Each text is squeezed once; a run never reads past the description's length in characters.
        var squeezed = new string?[texts.Count];
        for (var start = 0; start < first; start++)
        {
            var matched = 0;
            for (var i = start; i < texts.Count && matched < _wanted.Length; i++)
            {
                var text = squeezed[i] ??= NodeText.Squeezed(texts[i]);
                var common = CommonPrefix(text, _wanted.AsSpan(matched));
                if (text.Length == 0 || (common < text.Length && i == start))
                {
                    break; // the run must hold its first text whole, and a text without letters spells nothing
                }

                matched += common;
                if (common < text.Length)
                {
                    break;
                }
            }

            if (matched >= MinChars)
            {
                return start;
            }
        }

        return first;
    }

    private static int CommonPrefix(string text, ReadOnlySpan<char> wanted)
    {
        var n = Math.Min(text.Length, wanted.Length);
        var i = 0;
        while (i < n && text[i] == wanted[i])
        {
            i++;
        }

        return i;
    }
}
