namespace Dateline.Extraction.Decoding;

/// <summary>
/// Decoded characters and how the encoding was chosen (bom, utf16-sniffed, declared, meta, utf8-valid, utf8-mixed,
/// detected, fallback); <see cref="Note"/> says what the reader should know (a declared charset browsers refuse, UTF-16
/// without a byte order mark).
/// </summary>
public sealed record DecodedText(string Text, string EncodingName, string ChosenBy, bool HadInvalidBytes)
{
    public string? Note { get; init; }
}
