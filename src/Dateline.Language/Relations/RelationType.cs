namespace Dateline.Language.Relations;

/// <summary>Who stands with whom: written as "backs" and "opposes".</summary>
public enum RelationType
{
    Backs,
    Opposes,
}
