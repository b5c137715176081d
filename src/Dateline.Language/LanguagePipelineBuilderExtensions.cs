using Dateline.Core.Pipeline;
using Dateline.Language.Knowledge;

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
        builder.UseKnowledge();
        return builder;
    }
}
