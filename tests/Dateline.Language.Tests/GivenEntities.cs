using System.Collections.Immutable;
using Dateline.Core.Layers;
using Dateline.Core.Layers.Entities;
using Dateline.Core.Model;
using Dateline.Core.Pipeline;

namespace Dateline.Language.Tests;

/// <summary>An entity a test names: its id, type, name and the words that mention it.</summary>
public sealed record GivenEntity(string Id, EntityLabel Label, string Name, IReadOnlyList<string> Forms);

/// <summary>
/// Stands in for the recognizer and resolver in tests of the layers after them (quotes, relations), as spaCy's tests
/// build a Doc by hand instead of loading a model: every whole-word occurrence of each form becomes a resolved
/// mention of its entity. It declares the layers it makes, so the builder checks the pipeline as for the real ones.
/// </summary>
public sealed class GivenEntities(IReadOnlyList<GivenEntity> entities) : IPipelineComponent
{
    public string Name => "given-entities";

    public IReadOnlyList<Capability> Requires => [Capability.Text];

    public IReadOnlyList<Capability> Assigns => [MentionsLayer.Instance, EntitiesLayer.Instance];

    /// <summary>The full pipeline for given texts with these entities in place of the recognizer and the resolver.</summary>
    public static Pipeline Pipeline(IReadOnlyList<GivenEntity> entities)
        => new PipelineBuilder().UseGivenTextAndLanguage()
            .Replace<Dateline.Language.Entities.EntityRecognizerComponent>(new GivenEntities(entities))
            .Remove<Dateline.Language.Resolution.EntityResolverComponent>()
            .Build();

    public Document Process(Document document, ProcessingContext context)
    {
        var text = document.Text;
        var mentions = new List<EntityMention>();
        var made = ImmutableArray.CreateBuilder<Entity>();
        foreach (var e in entities)
        {
            var spans = e.Forms.SelectMany(f => Occurrences(text, f).Select(at => new TextSpan(at, at + f.Length))).Distinct().OrderBy(s => s.Start).ToList();
            mentions.AddRange(spans.Select(s => new EntityMention(s, e.Label) { EntityId = e.Id }));
            made.Add(new Entity(e.Id, e.Name, e.Label) { Mentions = spans });
        }

        return document.WithLayer([.. mentions.OrderBy(m => m.Span.Start)]).WithLayer(made.ToImmutable());
    }

    /// <summary>Whole-word occurrences of a phrase.</summary>
    public static IEnumerable<int> Occurrences(string text, string phrase)
    {
        for (int i = text.IndexOf(phrase, StringComparison.Ordinal); i >= 0; i = text.IndexOf(phrase, i + 1, StringComparison.Ordinal))
        {
            bool left = i == 0 || !char.IsLetterOrDigit(text[i - 1]);
            bool right = i + phrase.Length >= text.Length || !char.IsLetterOrDigit(text[i + phrase.Length]);
            if (left && right)
            {
                yield return i;
            }
        }
    }
}
