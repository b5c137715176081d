using Dateline.Core.Pipeline;
using Dateline.Language.Amounts;
using Dateline.Language.Quotes;
using Dateline.Language.Relations;
using Dateline.Language.Times;

namespace Dateline.Language.Knowledge;

/// <summary>The knowledge layers of issue 5, in their order: quotes → times → amounts → relations.</summary>
public static class KnowledgePipelineBuilderExtensions
{
    /// <summary>
    /// Adds quotes, times, amounts and relations. They read the Sentence, EntityMention and Entity layers when earlier
    /// components made them (speakers and actors become entity ids), and work on a bare text otherwise.
    /// </summary>
    public static PipelineBuilder UseKnowledge(this PipelineBuilder builder)
        => builder
            .Add(new QuoteExtractor())
            .Add(new TimeTagger())
            .Add(new AmountExtractor())
            .Add(new RelationExtractor());
}
