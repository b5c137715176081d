using Dateline.Core.Layers;
using Dateline.Store.Sql;

namespace Dateline.Store.Queries;

/// <summary>
/// The event types and modes the stored events layer declares (<see cref="Layer.Vocabularies"/> of the layer whose
/// table is <c>events</c>), so hosts check event filters against them; both empty when the store keeps no events.
/// </summary>
public sealed record EventVocabulary(IReadOnlyList<string> Types, IReadOnlyList<string> Modes)
{
    public static EventVocabulary Of(LayerSet layers)
    {
        var codes = layers.Stored.FirstOrDefault(l => l.Table!.Name == SqlEvents.Table)?.Vocabularies;
        return new EventVocabulary(codes?.GetValueOrDefault("type") ?? [], codes?.GetValueOrDefault("mode") ?? []);
    }
}
