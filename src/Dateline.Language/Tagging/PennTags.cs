namespace Dateline.Language.Tagging;

/// <summary>The written Penn Treebank tags (GMB's and the -LRB- style of other corpora) and the <see cref="PartOfSpeech"/> each is.</summary>
public static class PennTags
{
    private static readonly Dictionary<string, PartOfSpeech> Written = BuildWritten();

    /// <summary>The tag a corpus writes; <see cref="PartOfSpeech.Other"/> for one outside the tag set.</summary>
    public static PartOfSpeech Parse(string tag) => Written.GetValueOrDefault(tag, PartOfSpeech.Other);

    /// <summary>The Penn form of a tag ("PRP$", ".", "``").</summary>
    public static string Format(PartOfSpeech tag) => tag switch
    {
        PartOfSpeech.PRPS => "PRP$",
        PartOfSpeech.WPS => "WP$",
        PartOfSpeech.Currency => "$",
        PartOfSpeech.Period => ".",
        PartOfSpeech.Comma => ",",
        PartOfSpeech.Colon => ":",
        PartOfSpeech.Quote => "``",
        PartOfSpeech.OpenBracket => "-LRB-",
        PartOfSpeech.CloseBracket => "-RRB-",
        PartOfSpeech.Other => "-X-",
        _ => tag.ToString(),
    };

    /// <summary>Any verb form, modals included.</summary>
    public static bool IsVerb(this PartOfSpeech tag) => tag is >= PartOfSpeech.VB and <= PartOfSpeech.MD;

    /// <summary>A finite verb: past, present or modal (the verb of a clause).</summary>
    public static bool IsFiniteVerb(this PartOfSpeech tag) => tag is PartOfSpeech.VBD or PartOfSpeech.VBP or PartOfSpeech.VBZ or PartOfSpeech.MD;

    /// <summary>A common or proper noun.</summary>
    public static bool IsNoun(this PartOfSpeech tag) => tag <= PartOfSpeech.NNPS;

    private static Dictionary<string, PartOfSpeech> BuildWritten()
    {
        var table = new Dictionary<string, PartOfSpeech>(StringComparer.Ordinal);
        foreach (var tag in Enum.GetValues<PartOfSpeech>())
        {
            table[Format(tag)] = tag;
        }

        table["''"] = PartOfSpeech.Quote;
        table[";"] = PartOfSpeech.Colon;
        table["HYPH"] = PartOfSpeech.Colon;
        table["LRB"] = PartOfSpeech.OpenBracket;
        table["RRB"] = PartOfSpeech.CloseBracket;
        table["("] = PartOfSpeech.OpenBracket;
        table[")"] = PartOfSpeech.CloseBracket;
        return table;
    }
}
