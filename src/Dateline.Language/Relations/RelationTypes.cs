namespace Dateline.Language.Relations;

/// <summary>The codes of <see cref="RelationType"/> in the output contract and the pattern file.</summary>
public static class RelationTypes
{
    public static string Code(this RelationType type) => type == RelationType.Backs ? "backs" : "opposes";

    public static RelationType Parse(string code) => code switch
    {
        "backs" => RelationType.Backs,
        "opposes" => RelationType.Opposes,
        _ => throw new FormatException($"'{code}' is not a relation type (backs, opposes)"),
    };
}
