using Dateline.Core.Layers;
using Dateline.Core.Layers.Paragraphs;
using Dateline.Core.Model;
using Dateline.Core.Pipeline;

namespace Dateline.Extraction.Decoding;

/// <summary>The reader stage: raw bytes → characters and a content kind. Bad bytes never throw; non-text fails clearly.</summary>
public sealed class PageDecoder : IPipelineComponent
{
    public string Name => "decoder";

    public IReadOnlyList<Capability> Requires => [];

    public IReadOnlyList<Capability> Assigns => [Capability.Content];

    public Document Process(Document document, ProcessingContext context)
    {
        var raw = document.Raw;
        if (raw.PreDecodedText is { } given)
        {
            var (clean, nuls) = WithoutNul(given);
            var kind = raw.DeclaredKind != ContentKind.Unknown ? raw.DeclaredKind : ContentSniffer.Sniff(clean);
            var withContent = document.WithContent(new DecodedContent(clean, kind, "utf-16"));
            return CheckEmpty(nuls ? withContent.AddWarning(NulWarning) : withContent, clean);
        }

        var bytes = raw.Bytes.Span;
        if (bytes.IsEmpty)
        {
            throw new DocumentException(ErrorKinds.Empty, $"{raw.Source}: the input is empty");
        }

        // UTF-16 and UTF-32 are full of zero bytes: tell them (with or without a byte order mark) before the binary check.
        if (!HasUnicodeBom(bytes) && TextDecoder.UnicodeWithoutBom(bytes) is null && BinaryDetector.LooksBinary(bytes))
        {
            throw new DocumentException(ErrorKinds.Binary, $"{raw.Source}: the input is binary data, not a text or HTML page");
        }

        var decoded = TextDecoder.Decode(bytes, raw.DeclaredCharset);
        var (text, hadNul) = WithoutNul(decoded.Text);
        var contentKind = raw.DeclaredKind != ContentKind.Unknown ? raw.DeclaredKind : ContentSniffer.Sniff(text);
        var result = document.WithContent(new DecodedContent(text, contentKind, decoded.EncodingName) { HadInvalidBytes = decoded.HadInvalidBytes });
        if (hadNul)
        {
            result = result.AddWarning(NulWarning);
        }

        if (decoded.Note is { } note)
        {
            result = result.AddWarning(note);
        }

        return CheckEmpty(result, text);
    }

    private const string NulWarning = "NUL characters in the text were replaced with U+FFFD";

    /// <summary>Stray NUL characters (a few in a text page) become U+FFFD: nothing downstream should see a string end early.</summary>
    private static (string Text, bool HadNul) WithoutNul(string text)
        => text.Contains('\0', StringComparison.Ordinal) ? (text.Replace('\0', '\uFFFD'), true) : (text, false);

    private static Document CheckEmpty(Document document, string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DocumentException(ErrorKinds.Empty, $"{document.Source}: the input holds no text");
        }

        return document;
    }

    private static bool HasUnicodeBom(ReadOnlySpan<byte> bytes)
        => bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);
}
