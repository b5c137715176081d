namespace Dateline.Store.Entities;

/// <summary>How many article entities (and mentions) joined an entity under one name, type and country.</summary>
public sealed record NameCount(string Name, string Label, string Country, double? Latitude, double? Longitude, long Articles, long Mentions);
