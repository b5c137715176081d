using Dateline.Core.Model;
using Dateline.Core.Pipeline;
using Dateline.Language.Entities;

namespace Dateline.Language.Resolution;

/// <summary>Turns the recognizer's mentions into resolved mentions (with entity ids) and the <see cref="Entity"/> collection.</summary>
public sealed class EntityResolverComponent(EntityResolver resolver) : IPipelineComponent
{
    public EntityResolverComponent()
        : this(new EntityResolver())
    {
    }

    public string Name => "entity-resolver";

    public IReadOnlyList<string> Requires { get; } = [Capabilities.Tokens, Capabilities.Sentences, EntityRecognizerComponent.Mentions];

    public IReadOnlyList<string> Assigns { get; } = [Capabilities.Entities];

    public Document Process(Document document, ProcessingContext context) => resolver.Resolve(document);
}
