namespace Dateline.Extraction.TextDump;

/// <summary>One non-blank line of a text dump with the evidence the cleaner weighs.</summary>
public sealed record DumpLine
{
    public required int Index { get; init; }

    /// <summary>The line as it stands in the dump.</summary>
    public required string Raw { get; init; }

    /// <summary>The line without indentation, list marker and surrounding spaces.</summary>
    public required string Text { get; init; }

    public required int Indent { get; init; }

    public required LineMarker Marker { get; init; }

    public required int Words { get; init; }

    /// <summary>Share of the line's words that start in lower case: prose has many, headlines and menus few.</summary>
    public required double LowerShare { get; init; }

    public required bool EndsSentence { get; init; }

    /// <summary>An image or form placeholder ("[photo-12]", "[        ]") or a line without letters.</summary>
    public required bool IsPlaceholder { get; init; }

    /// <summary>The reason a known chrome phrase gives, or null.</summary>
    public string? ChromeReason { get; init; }

    /// <summary>Share of the line's word 4-grams that already occurred earlier in the dump (repeated article text).</summary>
    public double EarlierShare { get; init; }

    /// <summary>How many times the same text occurs in the dump.</summary>
    public int Repeats { get; init; } = 1;
}
