using Dateline.Core.Layers;
using Dateline.Core.Model;
using Dateline.Core.Pipeline;

namespace Dateline.Language.Scope;

/// <summary>
/// Says in the document's warnings when the English layers do not read it (<see cref="EnglishScope"/>), so an empty
/// entities list on a German page is told apart from an article that names no one.
/// </summary>
public sealed class EnglishScopeComponent : IPipelineComponent
{
    public const string Layers = "entities, quotes, times, amounts and events";

    public string Name => "english-scope";

    public IReadOnlyList<Capability> Requires { get; } = [Capability.Text, Capability.Metadata];

    public IReadOnlyList<Capability> Assigns { get; } = [];

    public bool AppliesTo(Document document) => document.Text.Length > 0 && !EnglishScope.Reads(document);

    public Document Process(Document document, ProcessingContext context)
        => document.AddWarning($"{Layers} not read: {EnglishScope.Reason(document)}, and Dateline's language models and word lists read English");
}
