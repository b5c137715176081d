namespace Dateline.Store.Queries;

/// <summary>How many events of a type fall in a month (yyyy-MM).</summary>
public sealed record EventTypeCount(string Month, string Type, long Count);
