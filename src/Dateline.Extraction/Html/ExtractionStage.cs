namespace Dateline.Extraction.Html;

/// <summary>Which stage of the cascade produced the body.</summary>
public enum ExtractionStage
{
    /// <summary>Scored containers after cleaning with class hints.</summary>
    Scored,

    /// <summary>Scored containers with class hints off (the page's class names misled the first pass).</summary>
    ScoredWithoutHints,

    /// <summary>The page rendered as a text dump and cleaned line by line.</summary>
    TextDump,
}
