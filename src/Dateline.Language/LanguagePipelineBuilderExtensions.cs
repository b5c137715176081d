using Dateline.Core.Pipeline;
using Dateline.Language.Amounts;
using Dateline.Language.Quotes;
using Dateline.Language.Times;

namespace Dateline.Language;

/// <summary>
/// Adds the language layers after extraction, in the order they depend on each other:
/// tokens → sentences → entities (with resolution) → quotes → times → amounts → relations.
/// </summary>
public static class LanguagePipelineBuilderExtensions
{
    public static PipelineBuilder UseLanguage(this PipelineBuilder builder)
    {
        // Each layer's Use…() lives in its feature folder.
        // The issue-4 layers (tokens, sentences, entities, resolution) come first: the knowledge layers read them.
        return builder
            .Add(new QuoteExtractor())
            .Add(new TimeTagger())
            .Add(new AmountExtractor());
    }
}
