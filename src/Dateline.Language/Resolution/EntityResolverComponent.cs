using Dateline.Core.Layers.Entities;
using Dateline.Core.Layers;
using Dateline.Core.Model;
using Dateline.Core.Pipeline;
using Dateline.Language.Entities;
using Dateline.Language.Sentences;
using Dateline.Language.Tokens;
using Dateline.Language.Works;

namespace Dateline.Language.Resolution;

/// <summary>
/// Turns the recognizer's mentions into resolved mentions (with entity ids) and the <see cref="Entity"/> layer. The
/// gazetteer and word lists load on the first document, not when the pipeline is composed.
/// </summary>
public sealed class EntityResolverComponent : IPipelineComponent
{
    private readonly Lazy<EntityResolver> _resolver;

    public EntityResolverComponent()
    {
        _resolver = new Lazy<EntityResolver>(() => new EntityResolver(), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public EntityResolverComponent(EntityResolver resolver)
    {
        _resolver = new Lazy<EntityResolver>(resolver);
    }

    public string Name => "entity-resolver";

    public IReadOnlyList<Capability> Requires { get; } = [TokensLayer.Instance, SentencesLayer.Instance, MentionsLayer.Instance, QuotedTitlesLayer.Instance];

    /// <summary>The entities, and the mentions rewritten with their entity ids.</summary>
    public IReadOnlyList<Capability> Assigns { get; } = [EntitiesLayer.Instance, MentionsLayer.Instance];

    public Document Process(Document document, ProcessingContext context) => _resolver.Value.Resolve(document, context.Cancellation);
}
