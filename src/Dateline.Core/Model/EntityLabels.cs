namespace Dateline.Core.Model;

/// <summary>Entity types of the output contract, and their CoNLL-2003 equivalents.</summary>
public static class EntityLabels
{
    public const string Person = "PERSON";
    public const string Organization = "ORG";
    public const string Gpe = "GPE";
    public const string Location = "LOC";
    public const string Norp = "NORP";
    public const string Misc = "MISC";

    public static IReadOnlyList<string> All { get; } = [Person, Organization, Gpe, Location, Norp, Misc];

    /// <summary>PERSON → PER, ORG → ORG, GPE/LOC → LOC, NORP/MISC → MISC.</summary>
    public static string ToConll(string label) => label switch
    {
        Person => "PER",
        Organization => "ORG",
        Gpe or Location => "LOC",
        _ => "MISC",
    };
}
