using Dateline.Core.Model;
using Dateline.Core.Pipeline;
using Dateline.Extraction.TextDump;

namespace Dateline.Extraction.Html;

/// <summary>
/// The first HTML stage: renders the page's visible text as a dump and cleans it like any text dump; the title comes
/// from the page's &lt;title&gt; or og:title. The DOM extraction cascade (issue 3) replaces this stage.
/// </summary>
public sealed class HtmlVisibleTextExtractor : IPipelineComponent
{
    private readonly TextDumpCleaner _cleaner;

    public HtmlVisibleTextExtractor(TextDumpCleaner? cleaner = null)
    {
        _cleaner = cleaner ?? new TextDumpCleaner();
    }

    public string Name => "html-visible-text";

    public IReadOnlyList<string> Requires => [Capabilities.Content];

    public IReadOnlyList<string> Assigns => [Capabilities.Text, Capabilities.Paragraphs, Capabilities.Metadata];

    public bool AppliesTo(Document document) => document.Content?.Kind == ContentKind.Html && document.Text.Length == 0;

    public Document Process(Document document, ProcessingContext context)
    {
        using var page = HtmlTextRenderer.Parse(document.Content!.Text, context.Cancellation);
        context.ThrowIfCancelled();
        var dump = HtmlTextRenderer.Render(page);
        var article = _cleaner.Clean(dump);
        var title = page.QuerySelector("meta[property='og:title']")?.GetAttribute("content") ?? page.Title;
        var lang = page.DocumentElement?.GetAttribute("lang");
        var result = ArticleAssembler.Apply(document, article with { Title = string.IsNullOrWhiteSpace(title) ? article.Title : title.Trim() });
        return string.IsNullOrWhiteSpace(lang) ? result : result.WithMetadata(m => m with { Language = m.Language ?? lang.Split('-')[0].ToLowerInvariant() });
    }
}
