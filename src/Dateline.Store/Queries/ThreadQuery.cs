namespace Dateline.Store.Queries;

/// <summary>Which story threads to list, latest first. Every given filter must hold.</summary>
public sealed record ThreadQuery
{
    /// <summary>Only threads with an article naming this entity (its whole normalized name, surname or first name).</summary>
    public string? Entity { get; init; }

    /// <summary>Only threads with an article published on or after this date: yyyy, yyyy-MM or yyyy-MM-dd.</summary>
    public string? From { get; init; }

    /// <summary>Only threads with an article published on or before this date (a year or month means all of it).</summary>
    public string? To { get; init; }

    public int Limit { get; init; } = 20;

    public int Offset { get; init; }
}
