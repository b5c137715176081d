namespace Dateline.Extraction.Decoding;

/// <summary>Decoded characters and how the encoding was chosen (bom, declared, meta, utf8-valid, fallback).</summary>
public sealed record DecodedText(string Text, string EncodingName, string ChosenBy, bool HadInvalidBytes);
