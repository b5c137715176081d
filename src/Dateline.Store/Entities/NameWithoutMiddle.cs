namespace Dateline.Store.Entities;

/// <summary>
/// A person's key without its middle names and initials, and the initials of those (<see cref="CanonicalKeys.WithoutMiddle"/>):
/// "PER|george h.w. bush" → ("PER|george bush", "hw").
/// </summary>
public readonly record struct NameWithoutMiddle(string Key, string Initials);
