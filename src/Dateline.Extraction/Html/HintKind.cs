namespace Dateline.Extraction.Html;

/// <summary>What a class or id hint says about an element.</summary>
public enum HintKind
{
    None,
    Positive,
    Negative,
    Remove,

    /// <summary>Embedded content (a quoted tweet) that stays even inside furniture-looking wrappers.</summary>
    Keep,

    /// <summary>The standfirst (lead, intro, abstract) that may sit outside the body container.</summary>
    Lead,
}
