using System.Collections.Immutable;
using Dateline.Core.Layers.Paragraphs;
using Dateline.Core.Layers.RelatedLinks;
using Dateline.Core.Layers.RemovedBlocks;
using Dateline.Core.Layers;
using Dateline.Core.Model;
using Dateline.Core.Pipeline;

namespace Dateline.Extraction.Given;

/// <summary>
/// The reader stage for text that arrives already clean (annotated corpora, `annotate --jsonl`): the text stays exactly
/// as given, so that spans index into it; paragraphs are the blocks between blank lines. Nothing was cleaned away,
/// so its related links and removed blocks are empty.
/// </summary>
public sealed class GivenTextReader : IPipelineComponent
{
    public string Name => "given-text";

    public IReadOnlyList<Capability> Requires => [];

    public IReadOnlyList<Capability> Assigns => [Capability.Content, Capability.Text, ParagraphsLayer.Instance, RelatedLinksLayer.Instance, RemovedBlocksLayer.Instance];

    public bool AppliesTo(Document document) => !document.HasLayer<Paragraph>();

    public Document Process(Document document, ProcessingContext context)
    {
        var text = document.Text.Length > 0 ? document.Text : document.Raw.PreDecodedText ?? string.Empty;
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DocumentException(ErrorKinds.Empty, $"{document.Source}: the given text is empty");
        }

        if (document.Text.Length == 0)
        {
            document = document.WithText(text).WithContent(new DecodedContent(text, ContentKind.Text, "utf-16"));
        }

        return document.WithLayer(Blocks(text)).WithRelated([]).WithRemoved([]);
    }

    /// <summary>Spans of the non-blank blocks separated by blank lines, without their surrounding white space.</summary>
    public static ImmutableArray<Paragraph> Blocks(string text)
    {
        var result = ImmutableArray.CreateBuilder<Paragraph>();
        var i = 0;
        while (i < text.Length)
        {
            // Find the end of the block: a line break followed by a line holding only white space.
            var end = i;
            while (end < text.Length && !IsBlankLineAt(text, end))
            {
                end++;
            }

            var s = i;
            var e = end;
            while (s < e && char.IsWhiteSpace(text[s]))
            {
                s++;
            }

            while (e > s && char.IsWhiteSpace(text[e - 1]))
            {
                e--;
            }

            if (e > s)
            {
                result.Add(new Paragraph(new TextSpan(s, e)));
            }

            i = end;
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }
        }

        return result.ToImmutable();
    }

    private static bool IsBlankLineAt(string text, int index)
    {
        if (text[index] != '\n')
        {
            return false;
        }

        for (var j = index + 1; j < text.Length; j++)
        {
            if (text[j] == '\n')
            {
                return true;
            }

            if (!char.IsWhiteSpace(text[j]))
            {
                return false;
            }
        }

        return true;
    }
}
