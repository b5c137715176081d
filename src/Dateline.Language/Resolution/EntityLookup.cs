using Dateline.Core.Layers.Entities;
using Dateline.Core.Model;

namespace Dateline.Language.Resolution;

/// <summary>
/// Finds the entity a span of text refers to, through the entity layer (issue 4): the resolved EntityMention that
/// overlaps the span most, else the Entity whose mention spans overlap it. Null when there is no entity layer.
/// </summary>
internal sealed class EntityLookup
{
    private readonly List<(TextSpan Span, string Id)> _mentions = [];
    private readonly HashSet<string> _people = new(StringComparer.Ordinal);

    public EntityLookup(Document document)
    {
        foreach (var m in document.Layer<EntityMention>())
        {
            if (m.EntityId is { } id)
            {
                _mentions.Add((m.Span, id));
                if (m.Label == EntityLabel.Person)
                {
                    _people.Add(id);
                }

            }
        }

        foreach (var e in document.Entities)
        {
            if (e.Label == EntityLabel.Person)
            {
                _people.Add(e.Id);
            }

            foreach (var span in e.Mentions)
            {
                _mentions.Add((span, e.Id));
            }
        }
    }

    public bool IsEmpty => _mentions.Count == 0;

    /// <summary>
    /// The entity id whose mention overlaps <paramref name="span"/> most; ties go to the mention nearest the span's end
    /// (the head). With <paramref name="preferPeople"/>, a person overlapping the span wins over a place or an organisation
    /// ("U.N. Special Envoy to Libya Jan Kubis" is Jan Kubis).
    /// </summary>
    public string? Find(TextSpan span, bool preferPeople = false)
    {
        if (preferPeople && Find(span, m => _people.Contains(m)) is { } person)
        {
            return person;
        }

        return Find(span, _ => true);
    }

    /// <summary>The person entity mentioned last before <paramref name="position"/> (outside <paramref name="skip"/>), for a pronoun speaker.</summary>
    public string? LastPersonBefore(int position, Func<TextSpan, bool>? skip = null)
    {
        string? best = null;
        int bestStart = -1;
        foreach (var (s, id) in _mentions)
        {
            if (s.End <= position && s.Start > bestStart && _people.Contains(id) && (skip is null || !skip(s)))
            {
                best = id;
                bestStart = s.Start;
            }
        }

        return best;
    }

    private string? Find(TextSpan span, Func<string, bool> accept)
    {
        string? best = null;
        int bestOverlap = 0;
        int bestEnd = -1;
        foreach (var (s, id) in _mentions)
        {
            if (!accept(id))
            {
                continue;
            }

            int overlap = Math.Min(s.End, span.End) - Math.Max(s.Start, span.Start);
            if (overlap > bestOverlap || (overlap == bestOverlap && overlap > 0 && s.End > bestEnd))
            {
                best = id;
                bestOverlap = overlap;
                bestEnd = s.End;
            }
        }

        return best;
    }

    /// <summary>Entity mentions that lie inside a span, in text order.</summary>
    public IReadOnlyList<(TextSpan Span, string Id)> Inside(TextSpan span)
        => [.. _mentions.Where(m => span.Contains(m.Span)).OrderBy(m => m.Span.Start).DistinctBy(m => m.Span)];
}
