namespace Dateline.Core.Layers.Entities;

/// <summary>The codes of <see cref="EntityLabel"/> (PERSON, ORG, GPE, LOC, NORP, MISC) and their CoNLL-2003 equivalents.</summary>
public static class EntityLabels
{
    public const string Person = "PERSON";
    public const string Organization = "ORG";
    public const string Gpe = "GPE";
    public const string Location = "LOC";
    public const string Norp = "NORP";
    public const string Misc = "MISC";

    public static IReadOnlyList<EntityLabel> All { get; } = Enum.GetValues<EntityLabel>();

    /// <summary>The label's code in the output contract and the store.</summary>
    public static string Code(this EntityLabel label) => label switch
    {
        EntityLabel.Person => Person,
        EntityLabel.Organization => Organization,
        EntityLabel.Gpe => Gpe,
        EntityLabel.Location => Location,
        EntityLabel.Norp => Norp,
        _ => Misc,
    };

    /// <summary>The label of a code; unknown codes are an error (the vocabulary is closed).</summary>
    public static EntityLabel Parse(string code) => TryParse(code) ?? throw new FormatException($"'{code}' is not an entity label ({string.Join(", ", All.Select(Code))})");

    public static EntityLabel? TryParse(string? code) => code switch
    {
        Person => EntityLabel.Person,
        Organization => EntityLabel.Organization,
        Gpe => EntityLabel.Gpe,
        Location => EntityLabel.Location,
        Norp => EntityLabel.Norp,
        Misc => EntityLabel.Misc,
        _ => null,
    };

    /// <summary>PERSON → PER, ORG → ORG, GPE/LOC → LOC, NORP/MISC → MISC.</summary>
    public static string ToConll(this EntityLabel label) => label switch
    {
        EntityLabel.Person => "PER",
        EntityLabel.Organization => "ORG",
        EntityLabel.Gpe or EntityLabel.Location => "LOC",
        _ => "MISC",
    };
}
