using Dateline.Core.Pipeline;
using Dateline.Extraction.Decoding;
using Dateline.Extraction.Given;
using Dateline.Extraction.Html;
using Dateline.Extraction.Language;
using Dateline.Extraction.TextDump;

namespace Dateline.Extraction;

/// <summary>
/// Adds the extraction stages to a pipeline: reader (decoding), then the cleaner or extractor for the content kind, then
/// the check that some text is left.
/// </summary>
public static class PipelineBuilderExtensions
{
    /// <summary>The extraction stages; <paramref name="html"/> sets the HTML extractor's options (comments on or off).</summary>
    public static PipelineBuilder UseExtraction(this PipelineBuilder builder, HtmlExtractionOptions? html = null)
        => builder
            .Add(new PageDecoder())
            .Add(new HtmlDepthGuard())
            .Add(new TextDumpCleaner())
            .Add(new HtmlArticleExtractor(html))
            .Add(new CleanTextCheck())
            .Add(new LanguageGuesser());

    /// <summary>
    /// Instead of extraction, for texts that arrive clean (annotated corpora, `annotate --jsonl`): the text is kept
    /// exactly as given, so spans index into it.
    /// </summary>
    public static PipelineBuilder UseGivenText(this PipelineBuilder builder)
        => builder
            .Add(new GivenTextReader())
            .Add(new LanguageGuesser());
}
