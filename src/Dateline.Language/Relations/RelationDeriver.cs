using System.Collections.Immutable;
using Dateline.Core.Layers;
using Dateline.Core.Model;
using Dateline.Core.Pipeline;
using Dateline.Language.Events;

namespace Dateline.Language.Relations;

/// <summary>
/// Derives `relations` from the events layer, so the contract keeps its two stances: an asserted SUPPORT, AID or
/// COOPERATE event whose source is an entity is "backs"; ACCUSE, REJECT, THREATEN, SANCTION, COERCE or ASSAULT is
/// "opposes". The object is the target's entity, or null with its words when the target has no name.
/// </summary>
public sealed class RelationDeriver : IPipelineComponent
{
    public string Name => "relations";

    public IReadOnlyList<Capability> Requires { get; } = [EventsLayer.Instance];

    public IReadOnlyList<Capability> Assigns { get; } = [RelationsLayer.Instance];

    public static RelationType? Stance(EventType type) => type switch
    {
        EventType.Support or EventType.Aid or EventType.Cooperate => RelationType.Backs,
        EventType.Accuse or EventType.Reject or EventType.Threaten or EventType.Sanction or EventType.Coerce or EventType.Assault => RelationType.Opposes,
        _ => null,
    };

    public Document Process(Document document, ProcessingContext context)
    {
        var relations = ImmutableArray.CreateBuilder<Relation>();
        // the relations kept, by what makes two the same (every kept relation asked for each event was quadratic on a
        // page of many events: bench/README.md, "Hostile inputs, perf-hostile")
        var kept = new HashSet<(RelationType, string, string?, TextSpan)>();
        foreach (var e in document.Layer<Event>())
        {
            if (e.Mode == EventMode.Asserted && e.SourceId is { } subject && Stance(e.Type) is { } type && subject != e.TargetId)
            {
                var relation = new Relation(e.Span, type, subject, e.TargetId) { SubjectMention = e.SourceMention, ObjectMention = e.TargetMention };
                if (kept.Add((relation.Type, relation.SubjectId, relation.ObjectId, relation.Span)))
                {
                    relations.Add(relation);
                }
            }
        }

        return document.WithLayer(relations.ToImmutable());
    }
}
