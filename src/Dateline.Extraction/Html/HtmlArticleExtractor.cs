using Dateline.Core.Model;
using Dateline.Core.Pipeline;
using Dateline.Extraction.TextDump;

namespace Dateline.Extraction.Html;

/// <summary>
/// The HTML stage: parses the page with AngleSharp, reads its metadata, then extracts the body through the
/// <see cref="BodyExtractor"/> cascade.
/// </summary>
public sealed class HtmlArticleExtractor : IPipelineComponent
{
    private readonly BodyExtractor _body;

    public HtmlArticleExtractor(HtmlExtractionOptions? options = null)
    {
        _body = new BodyExtractor(options);
    }

    public string Name => "html-article";

    public IReadOnlyList<string> Requires => [Capabilities.Content];

    public IReadOnlyList<string> Assigns => [Capabilities.Text, Capabilities.Paragraphs, Capabilities.Metadata];

    public bool AppliesTo(Document document) => document.Content?.Kind == ContentKind.Html && document.Text.Length == 0;

    public Document Process(Document document, ProcessingContext context)
    {
        var html = document.Content!.Text;
        using var page = HtmlTextRenderer.Parse(html, context.Cancellation);
        context.ThrowIfCancelled();
        var title = page.QuerySelector("meta[property='og:title']")?.GetAttribute("content") ?? page.Title;
        var lang = page.DocumentElement?.GetAttribute("lang");
        var body = _body.Extract(page, () => HtmlTextRenderer.Parse(html, context.Cancellation), title);
        var article = new CleanedArticle { Paragraphs = body.Paragraphs, Removed = body.Removed, Title = string.IsNullOrWhiteSpace(title) ? null : title.Trim() };
        var result = ArticleAssembler.Apply(document, article);
        return string.IsNullOrWhiteSpace(lang) ? result : result.WithMetadata(m => m with { Language = m.Language ?? lang.Split('-')[0].ToLowerInvariant() });
    }
}
