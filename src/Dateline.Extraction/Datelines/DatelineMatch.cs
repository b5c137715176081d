using Dateline.Core.Model;
using Dateline.Extraction.TextDump;

namespace Dateline.Extraction.Datelines;

/// <summary>
/// A dateline found in a paragraph: where it is (<see cref="Paragraph"/>, and <see cref="Start"/> and
/// <see cref="Length"/> within that paragraph's text), what it says and how it is written.
/// </summary>
public sealed record DatelineMatch(
    int Paragraph,
    int Start,
    int Length,
    string? Place,
    string? Agency,
    string? Date,
    DatelineForm Form,
    DatelineSeparator Separator)
{
    /// <summary>Whether the dateline is the whole paragraph (an element of its own before the story).</summary>
    public bool Standalone { get; init; }

    /// <summary>
    /// The dateline for the document's metadata, its span placed in the clean text that
    /// <see cref="ArticleAssembler"/> builds from <paramref name="paragraphs"/> (blank paragraphs skipped, the rest
    /// joined by <see cref="ArticleAssembler.ParagraphSeparator"/>).
    /// </summary>
    public DatelineInfo ToInfo(IReadOnlyList<string> paragraphs)
    {
        var offset = 0;
        for (var i = 0; i < Paragraph && i < paragraphs.Count; i++)
        {
            if (!string.IsNullOrWhiteSpace(paragraphs[i]))
            {
                offset += paragraphs[i].Length + ArticleAssembler.ParagraphSeparator.Length;
            }
        }

        return new DatelineInfo(Place, Agency) { Span = new TextSpan(offset + Start, offset + Start + Length) };
    }
}
