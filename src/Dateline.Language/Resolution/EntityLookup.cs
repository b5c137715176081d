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
    /// The mentions' positions in <see cref="_mentions"/> by start (those of one start in the list's order), and their
    /// spans: a question asked of every mention for each actor and pronoun of the events stage was quadratic on a page
    /// of many (12,000 quote paragraphs: the events stage's "his" and "he" scanned every mention, bench/README.md,
    /// "Hostile inputs, perf-hostile").
    /// </summary>
    private int[]? _byStart;

    private SpanIndex? _spans;

    /// <summary>The same of the person mentions alone.</summary>
    private int[]? _personsByStart;

    private SpanIndex? _personSpans;

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
        Index();
        // the last start of a person's mention ending by the position; of one start, the first in the list
        int found = -1;
        for (int i = _personSpans!.LastStartingAtOrBefore(position); i >= 0; i--)
        {
            var (s, _) = _mentions[_personsByStart![i]];
            if (found >= 0 && s.Start < _mentions[found].Span.Start)
            {
                break;
            }

            if (s.End <= position && (skip is null || !skip(s)))
            {
                found = _personsByStart[i];
            }
        }

        return found < 0 ? null : _mentions[found].Id;
    }

    /// <summary>The accepted mention overlapping <paramref name="span"/> most, then ending last, then first in the list.</summary>
    private string? Find(TextSpan span, Func<string, bool> accept)
    {
        Index();
        int best = -1;
        int bestOverlap = 0;
        int bestEnd = -1;
        foreach (var i in _spans!.Overlapping(span))
        {
            int at = _byStart![i];
            var (s, id) = _mentions[at];
            int overlap = Math.Min(s.End, span.End) - Math.Max(s.Start, span.Start);
            if (overlap <= 0 || !accept(id))
            {
                continue; // an empty span "overlaps" a mention around it, by no character
            }

            if (overlap > bestOverlap || (overlap == bestOverlap && (s.End > bestEnd || (s.End == bestEnd && at < best))))
            {
                best = at;
                bestOverlap = overlap;
                bestEnd = s.End;
            }
        }

        return best < 0 ? null : _mentions[best].Id;
    }

    private void Index()
    {
        if (_byStart is not null)
        {
            return;
        }

        _byStart = [.. Enumerable.Range(0, _mentions.Count).OrderBy(i => _mentions[i].Span.Start)];
        _spans = SpanIndex.Of(_byStart.Select(i => _mentions[i].Span));
        _personsByStart = [.. _byStart.Where(i => _people.Contains(_mentions[i].Id))];
        _personSpans = SpanIndex.Of(_personsByStart.Select(i => _mentions[i].Span));
    }

    /// <summary>Entity mentions that lie inside a span, in text order.</summary>
    public IReadOnlyList<(TextSpan Span, string Id)> Inside(TextSpan span)
        => [.. _mentions.Where(m => span.Contains(m.Span)).OrderBy(m => m.Span.Start).DistinctBy(m => m.Span)];
}
