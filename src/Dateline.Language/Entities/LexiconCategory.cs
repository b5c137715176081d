namespace Dateline.Language.Entities;

/// <summary>Gazetteer categories a token sequence can belong to (bit flags, so that one name can be in several).</summary>
[Flags]
public enum LexiconCategory
{
    None = 0,
    Country = 1 << 0,
    Demonym = 1 << 1,
    City = 1 << 2,
    Region = 1 << 3,
    FirstName = 1 << 4,
    LastName = 1 << 5,
    PersonName = 1 << 6,
    OrgSuffix = 1 << 7,
    Agency = 1 << 8,
    Role = 1 << 9,
    WikiLocation = 1 << 10,
    WikiOrganization = 1 << 11,
    Corporation = 1 << 12,

    /// <summary>A word that heads organisation names (Data/org-heads.txt: Party, Ministry, University …).</summary>
    OrgHead = 1 << 13,
}
