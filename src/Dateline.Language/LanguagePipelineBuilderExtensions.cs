using Dateline.Core.Pipeline;
using Dateline.Language.Entities;
using Dateline.Language.Knowledge;
using Dateline.Language.Resolution;
using Dateline.Language.Sentences;
using Dateline.Language.Tokens;

namespace Dateline.Language;

/// <summary>
/// Adds the language layers after extraction, in the order they depend on each other:
/// tokens → sentences → entities (with resolution) → quotes → times → amounts → relations.
/// </summary>
public static class LanguagePipelineBuilderExtensions
{
    public static PipelineBuilder UseLanguage(this PipelineBuilder builder)
    {
        // Tokens, sentences, entities and their resolution come first: the knowledge layers read them.
        builder
            .Add(new TokenizerComponent())
            .Add(new SentenceSplitterComponent())
            .Add(new EntityRecognizerComponent())
            .Add(new EntityResolverComponent());

        // Quotes → times → amounts → relations (Knowledge/UseKnowledge).
        builder.UseKnowledge();
        return builder;
    }
}
