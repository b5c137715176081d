using Dateline.Core.Layers.Entities;

namespace Dateline.Store.Entities;

/// <summary>
/// What a canonical entity is shown as, chosen from the names it was seen under: the type of most mentions; a person's
/// fullest name, a country's own name, else the name most articles use; the country and coordinates from the mentions
/// that can carry them — a place's from places, a person's country from the person's own descriptions ("Russian
/// President …"), never a place's from a demonym and never coordinates for a person.
/// </summary>
public sealed record CanonicalChoice(string Label, string Name, string? Country, double? Latitude, double? Longitude)
{
    public static CanonicalChoice Of(string key, IReadOnlyList<NameCount> names)
    {
        ArgumentOutOfRangeException.ThrowIfZero(names.Count);
        var label = names.GroupBy(n => n.Label)
            .OrderByDescending(g => g.Sum(n => n.Mentions)).ThenByDescending(g => g.Sum(n => n.Articles)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .First().Key;
        var byUse = names.OrderByDescending(n => n.Articles).ThenByDescending(n => n.Mentions).ThenByDescending(n => n.Name.Length).ThenBy(n => n.Name, StringComparer.Ordinal);
        var isPlace = CanonicalKeys.IsPlace(key);
        var evidence = names.Where(n => CanonicalKeys.IsPerson(key) ? n.Label == EntityLabels.Person
            : isPlace ? n.Label is EntityLabels.Gpe or EntityLabels.Location
            : key.StartsWith("NORP|", StringComparison.Ordinal) ? n.Label == EntityLabels.Norp
            : n.Label is not (EntityLabels.Person or EntityLabels.Norp)).ToList();
        var country = evidence.Where(n => n.Country.Length > 0).GroupBy(n => n.Country)
            .OrderByDescending(g => g.Sum(n => n.Articles)).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).FirstOrDefault();
        var located = isPlace && !CanonicalKeys.IsCountry(key)
            ? evidence.Where(n => n.Latitude is not null && n.Longitude is not null && n.Country == (country ?? n.Country))
                .OrderByDescending(n => n.Articles).ThenBy(n => n.Name, StringComparer.Ordinal).FirstOrDefault()
            : null;
        var name = CanonicalKeys.IsCountry(key) && country is not null ? country
            : CanonicalKeys.IsPerson(key) ? names.OrderByDescending(n => n.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 1)
                .ThenByDescending(n => n.Articles).ThenByDescending(n => n.Name.Length).ThenBy(n => n.Name, StringComparer.Ordinal).First().Name
            : byUse.OrderByDescending(n => EntityNameIs(key, n.Name)).First().Name;
        return new CanonicalChoice(CanonicalKeys.IsCountry(key) ? EntityLabels.Gpe : label, name, country, located?.Latitude, located?.Longitude);
    }

    /// <summary>The name the key was made from (an acronym's expansion rather than the acronym, however often the acronym is used).</summary>
    private static bool EntityNameIs(string key, string name)
    {
        var parts = key.Split('|');
        return parts.Length >= 2 && parts[1] == Sql.EntityNames.Normalize(name);
    }
}
