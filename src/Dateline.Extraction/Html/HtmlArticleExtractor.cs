using Dateline.Core.Layers;
using Dateline.Core.Layers.Comments;
using Dateline.Core.Layers.Paragraphs;
using Dateline.Core.Layers.RelatedLinks;
using Dateline.Core.Layers.RemovedBlocks;
using Dateline.Core.Model;
using Dateline.Core.Pipeline;
using Dateline.Extraction.Datelines;
using Dateline.Extraction.Html.Comments;
using Dateline.Extraction.Metadata;
using Dateline.Extraction.TextDump;

namespace Dateline.Extraction.Html;

/// <summary>
/// The HTML stage: parses the page with AngleSharp, reads its metadata (JSON-LD, meta tags, bylines, dates) from the
/// untouched tree, then extracts the body through the <see cref="BodyExtractor"/> cascade. Metadata supplied with the
/// input wins over what the page says.
/// </summary>
public sealed class HtmlArticleExtractor : IPipelineComponent
{
    // Built on the first HTML page, not when a pipeline is composed: their word lists and patterns were a third of
    // the start-up of `extract` and `annotate` on a text dump, which never reads them (bench/README.md).
    private readonly Lazy<BodyExtractor> _body;
    private readonly Lazy<CommentReader?> _comments;
    private readonly Lazy<MetadataReader> _metadata;

    public HtmlArticleExtractor(HtmlExtractionOptions? options = null, DateOnly? latestDate = null)
    {
        _body = new(() => new BodyExtractor(options), LazyThreadSafetyMode.ExecutionAndPublication);
        bool comments = (options ?? HtmlExtractionOptions.Default).IncludeComments;
        _comments = new(() => comments ? new CommentReader(options) : null, LazyThreadSafetyMode.ExecutionAndPublication);

        // Dates after today are no publication dates; a day of slack absorbs time zones.
        var latest = latestDate ?? DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1);
        _metadata = new(() => new MetadataReader(latest), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string Name => "html-article";

    public IReadOnlyList<Capability> Requires => [Capability.Content];

    public IReadOnlyList<Capability> Assigns => [Capability.Text, ParagraphsLayer.Instance, Capability.Metadata, RelatedLinksLayer.Instance, RemovedBlocksLayer.Instance, CommentsLayer.Instance];

    public bool AppliesTo(Document document) => document.Content?.Kind == ContentKind.Html && document.Text.Length == 0;

    public Document Process(Document document, ProcessingContext context)
    {
        var html = document.Content!.Text;
        using var page = HtmlTextRenderer.Parse(html, context.Cancellation);
        context.ThrowIfCancelled();
        var found = _metadata.Value.Read(page, document.Raw.Url ?? document.Metadata.Url).Article;
        var marked = MarkedDatelineReader.Default.Read(page);

        // Comments are read before the body cascade cleans the tree (it drops comment sections as chrome).
        var comments = _comments.Value?.Read(page) ?? [];
        var body = _body.Value.Extract(page, found.Title, context.Cancellation, document.Metadata.Description ?? found.Description);
        context.ThrowIfCancelled();
        // A dateline the body opens with wins; one the page marks up beside the body's paragraphs comes next.
        var dateline = DatelineFinder.Default.Find(body.Paragraphs)?.ToInfo(body.Paragraphs) ?? marked;
        var article = new CleanedArticle
        {
            Paragraphs = body.Paragraphs,
            Removed = body.Removed,
            Related = body.Related,
            Title = found.Title,
            Published = found.Published,
            Authors = found.Authors,
            Dateline = dateline,
        };
        var supplied = document.Metadata;
        return ArticleAssembler.Apply(document, article).WithLayer<ReaderComment>([.. comments]).WithMetadata(m => m with
        {
            Modified = supplied.Modified ?? found.Modified,
            Language = supplied.Language ?? found.Language,
            SiteName = supplied.SiteName ?? found.SiteName,
            Url = supplied.Url ?? found.Url,
            Description = supplied.Description ?? found.Description,
            Image = supplied.Image ?? found.Image,
        });
    }
}
