using Dateline.Core.Pipeline;
using Dateline.Extraction.Decoding;
using Dateline.Extraction.Html;
using Dateline.Extraction.Language;
using Dateline.Extraction.TextDump;

namespace Dateline.Extraction;

/// <summary>Adds the extraction stages to a pipeline: reader (decoding), then the cleaner or extractor for the content kind.</summary>
public static class PipelineBuilderExtensions
{
    public static PipelineBuilder UseExtraction(this PipelineBuilder builder)
        => builder
            .Add(new PageDecoder())
            .Add(new HtmlDepthGuard())
            .Add(new TextDumpCleaner())
            .Add(new HtmlArticleExtractor())
            .Add(new LanguageGuesser());
}
