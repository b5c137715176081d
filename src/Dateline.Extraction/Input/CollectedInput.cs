namespace Dateline.Extraction.Input;

/// <summary>An input taken from a collection, with a note from its container (a WARC record cut short) to keep with the result.</summary>
public sealed record CollectedInput(InputItem Item)
{
    public string? Warning { get; init; }
}
