namespace Dateline.Core.Layers.Entities;

/// <summary>The codes of <see cref="EntitySubtype"/> in the output contract and the store ("work", "country").</summary>
public static class EntitySubtypes
{
    public const string Work = "work";

    public const string Country = "country";

    public static string Code(this EntitySubtype subtype) => subtype switch
    {
        EntitySubtype.Work => Work,
        EntitySubtype.Country => Country,
        _ => throw new ArgumentOutOfRangeException(nameof(subtype), subtype, "not an entity subtype"),
    };

    /// <summary>The subtype of a code; null for none. An unknown code is an error (the vocabulary is closed).</summary>
    public static EntitySubtype? Parse(string? code) => code switch
    {
        null => null,
        Work => EntitySubtype.Work,
        Country => EntitySubtype.Country,
        _ => throw new FormatException($"'{code}' is not an entity subtype ({Work}, {Country})"),
    };
}
