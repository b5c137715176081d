using Dateline.Core.Model;

namespace Dateline.Core.Layers.Entities;

/// <summary>One entity of a document: its mentions grouped, with the fullest proper name as canonical name.</summary>
public sealed record Entity(string Id, string Name, EntityLabel Label)
{
    /// <summary>Titles and roles split off its mentions ("Russian Foreign Minister").</summary>
    public IReadOnlyList<string> Roles { get; init; } = [];

    /// <summary>A finer kind within the label when one is told: <see cref="EntitySubtype.Work"/> for titles of works (MISC),
    /// <see cref="EntitySubtype.Country"/> for a place that is the country itself (GPE).</summary>
    public EntitySubtype? Subtype { get; init; }

    /// <summary>For NORP and places: the country it belongs to ("Russian" → "Russia").</summary>
    public string? Country { get; init; }

    public double? Latitude { get; init; }

    public double? Longitude { get; init; }

    /// <summary>Spans of every mention, in text order.</summary>
    public IReadOnlyList<TextSpan> Mentions { get; init; } = [];
}
