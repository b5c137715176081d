namespace Dateline.Store.Queries;

/// <summary>Which side of an event an entity is on.</summary>
public enum EventRole
{
    /// <summary>It acts: the event's source.</summary>
    Source,

    /// <summary>It is acted on: the event's target.</summary>
    Target,
}
