namespace Dateline.Store.Queries;

/// <summary>
/// A stored event with its actors named and its article: who did what to whom, where, when, and the sentence that
/// says so. The <c>/api/events</c> list, the entity page and the flat <c>event_rows</c> export are made of these.
/// </summary>
public sealed record EventRecord(string ArticleId, int Position, string Type, string Mode, string Sentence, string Trigger)
{
    public string? ArticleTitle { get; init; }

    public string? ArticleUrl { get; init; }

    /// <summary>The article's publication date as the page states it.</summary>
    public string? Published { get; init; }

    /// <summary>The article's source: its site name, else its URL's host.</summary>
    public string? Outlet { get; init; }

    /// <summary>The event's day (yyyy-MM-dd): the sentence's time expression, else the publication date; null when unknown.</summary>
    public string? Date { get; init; }

    /// <summary>Who acts: a collection-wide entity, or only the words naming an actor without a name ("the protesters").</summary>
    public EventActor? Source { get; init; }

    /// <summary>Who is acted on.</summary>
    public EventActor? Target { get; init; }

    /// <summary>Where it happened: a place entity, with its coordinates when known.</summary>
    public EventActor? Place { get; init; }

    /// <summary>For an event inside a quotation or reported speech, the speaker who claims it.</summary>
    public EventActor? ClaimedBy { get; init; }
}
