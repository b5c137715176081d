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
            var kind = raw.DeclaredKind != ContentKind.Unknown ? raw.DeclaredKind : ContentSniffer.Sniff(given);
            return CheckEmpty(document.WithContent(new DecodedContent(given, kind, "utf-16")), given);
        }

        var bytes = raw.Bytes.Span;
        if (bytes.IsEmpty)
        {
            throw new DocumentException(ErrorKinds.Empty, $"{raw.Source}: the input is empty");
        }

        var decoded = HasUnicodeBom(bytes) ? TextDecoder.Decode(bytes, raw.DeclaredCharset) : null;
        if (decoded is null)
        {
            if (BinaryDetector.LooksBinary(bytes))
            {
                throw new DocumentException(ErrorKinds.Binary, $"{raw.Source}: the input is binary data, not a text or HTML page");
            }

            decoded = TextDecoder.Decode(bytes, raw.DeclaredCharset);
        }

        var contentKind = raw.DeclaredKind != ContentKind.Unknown ? raw.DeclaredKind : ContentSniffer.Sniff(decoded.Text);
        var result = document.WithContent(new DecodedContent(decoded.Text, contentKind, decoded.EncodingName) { HadInvalidBytes = decoded.HadInvalidBytes });
        if (decoded.HadInvalidBytes)
        {
            result = result.AddWarning($"invalid {decoded.EncodingName} byte sequences were replaced with U+FFFD");
        }

        return CheckEmpty(result, decoded.Text);
    }

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
