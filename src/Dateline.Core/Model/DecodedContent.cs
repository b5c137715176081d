namespace Dateline.Core.Model;

/// <summary>The raw page decoded to characters, before cleaning.</summary>
public sealed record DecodedContent(string Text, ContentKind Kind, string EncodingName)
{
    /// <summary>True when invalid byte sequences had to be replaced.</summary>
    public bool HadInvalidBytes { get; init; }
}
