using System.Text;
using System.Text.RegularExpressions;
using Dateline.Core.Model;

namespace Dateline.Extraction.Decoding;

/// <summary>
/// Decodes page bytes without ever throwing on bad bytes, in the order the HTML standard's encoding sniffing
/// suggests: byte order mark, then a charset declared by the container, then one declared in the page
/// (&lt;meta charset&gt;, http-equiv, XML declaration), then UTF-8 if the bytes are valid UTF-8, then a
/// statistical guess (<see cref="CharsetDetector"/>), then windows-1252.
/// </summary>
public static partial class TextDecoder
{
    private const int PrescanBytes = 4096;

    static TextDecoder()
    {
        // windows-1252, Shift_JIS, GB2312 … live in the code-pages provider; registering is idempotent.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string? declaredCharset = null)
    {
        if (TryBom(bytes, out var bomEncoding, out var bomLength))
        {
            return Finish(bytes[bomLength..], bomEncoding, "bom");
        }

        if (Resolve(declaredCharset) is { } declared)
        {
            return Finish(bytes, declared, "declared");
        }

        if (Resolve(PrescanCharset(bytes)) is { } inPage)
        {
            return Finish(bytes, inPage, "meta");
        }

        if (IsValidUtf8(bytes))
        {
            return Finish(bytes, new UTF8Encoding(false, false), "utf8-valid");
        }

        // The detector only speaks when it names something other than the fallback (a Cyrillic or CJK code page).
        if (CharsetDetector.Detect(bytes) is { } detected && detected is not UTF8Encoding && detected.CodePage != 1252)
        {
            return Finish(bytes, detected, "detected");
        }

        return Finish(bytes, Encoding.GetEncoding(1252), "fallback");
    }

    /// <summary>Maps a charset label to an encoding; labels the HTML standard aliases (latin1 → windows-1252) are mapped the same way.</summary>
    public static Encoding? Resolve(string? label)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            return null;
        }

        label = label.Trim().Trim('"', '\'').ToLowerInvariant();
        label = label switch
        {
            "latin1" or "latin-1" or "iso-8859-1" or "iso8859-1" or "iso_8859-1" or "us-ascii" or "ascii" or "cp1252" or "l1" => "windows-1252",
            "utf8" => "utf-8",
            "x-sjis" or "sjis" or "shift-jis" or "ms_kanji" or "windows-31j" => "shift_jis",
            "gbk" or "x-gbk" or "gb2312" or "cp936" or "euc-cn" => "gb2312",
            "x-euc-jp" or "eucjp" => "euc-jp",
            "cp1251" or "win-1251" => "windows-1251",
            "unicode" or "utf-16" => "utf-16",
            _ => label,
        };
        try
        {
            var encoding = Encoding.GetEncoding(label, EncoderFallback.ReplacementFallback, new DecoderReplacementFallback("\uFFFD"));

            // A page that declares UTF-16 but arrived as bytes without a BOM is almost always really ASCII-compatible.
            return encoding.CodePage is 1200 or 1201 ? null : encoding;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Finds a charset declared in the first bytes of an HTML or XML page.</summary>
    public static string? PrescanCharset(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, PrescanBytes)]);
        var meta = MetaCharset().Match(head);
        if (meta.Success)
        {
            return meta.Groups["cs"].Value;
        }

        var xml = XmlEncoding().Match(head);
        return xml.Success ? xml.Groups["cs"].Value : null;
    }

    public static bool IsValidUtf8(ReadOnlySpan<byte> bytes) => System.Text.Unicode.Utf8.IsValid(bytes);

    private static bool TryBom(ReadOnlySpan<byte> bytes, out Encoding encoding, out int length)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            (encoding, length) = (new UTF8Encoding(false, false), 3);
            return true;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            (encoding, length) = (new UTF32Encoding(false, false, false), 4);
            return true;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            (encoding, length) = (new UnicodeEncoding(false, false, false), 2);
            return true;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            (encoding, length) = (new UnicodeEncoding(true, false, false), 2);
            return true;
        }

        (encoding, length) = (Encoding.UTF8, 0);
        return false;
    }

    private static DecodedText Finish(ReadOnlySpan<byte> bytes, Encoding encoding, string how)
    {
        // A page that declares UTF-8 but carries stray bytes keeps UTF-8 with replacement characters: the
        // rest of the page is right, and a legacy decoding would garble every non-ASCII character.
        var text = encoding.GetString(bytes);
        var invalid = encoding is UTF8Encoding && !IsValidUtf8(bytes);
        return new DecodedText(text, encoding.WebName, how, invalid);
    }

    [GeneratedRegex("""<meta[^>]{0,200}?charset\s*=\s*["']?\s*(?<cs>[A-Za-z0-9_\-:.]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();

    [GeneratedRegex("""<\?xml[^>]{0,100}?encoding\s*=\s*["'](?<cs>[A-Za-z0-9_\-:.]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex XmlEncoding();
}
