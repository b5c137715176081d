using System.Collections.Immutable;
using System.Text;
using Dateline.Core.Layers.Paragraphs;
using Dateline.Core.Model;

namespace Dateline.Extraction.TextDump;

/// <summary>Builds the document's clean text and paragraph spans from extracted paragraphs, once, for every extractor.</summary>
public static class ArticleAssembler
{
    public const string ParagraphSeparator = "\n\n";

    public static Document Apply(Document document, CleanedArticle article)
    {
        var text = new StringBuilder();
        var spans = ImmutableArray.CreateBuilder<Paragraph>(article.Paragraphs.Count);
        foreach (var p in article.Paragraphs)
        {
            if (string.IsNullOrWhiteSpace(p))
            {
                continue;
            }

            if (text.Length > 0)
            {
                text.Append(ParagraphSeparator);
            }

            var start = text.Length;
            text.Append(p);
            spans.Add(new Paragraph(new TextSpan(start, text.Length)));
        }

        var supplied = document.Metadata;
        var result = document.WithText(text.ToString()).WithLayer(spans.ToImmutable());
        result = result.WithMetadata(m => m with
        {
            Title = supplied.Title ?? article.Title,
            Published = supplied.Published ?? article.Published,
            Authors = supplied.Authors.Count > 0 ? supplied.Authors : article.Authors,
            Dateline = article.Dateline,
            ReadingTimeMinutes = article.ReadingTimeMinutes,
        });
        return result.WithRelated(article.Related).WithRemoved(article.Removed);
    }
}
