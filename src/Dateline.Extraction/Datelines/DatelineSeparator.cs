namespace Dateline.Extraction.Datelines;

/// <summary>What ends a dateline (Data/dateline-separators.txt).</summary>
public enum DatelineSeparator
{
    /// <summary>A dash: "—", "–", "--", "-".</summary>
    Dash,

    /// <summary>The Spanish point and dash: "Washington.-".</summary>
    SpanishDash,

    /// <summary>A colon after a place in capitals: "NEW DELHI:".</summary>
    Colon,

    /// <summary>Nothing: the dateline fills its own element ("BAAR, SWITZERLAND"), or the story follows the agency at once ("(CNN)It was").</summary>
    None,
}
