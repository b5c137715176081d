using System.Text;
using System.Text.RegularExpressions;
using Dateline.Core.Model;

namespace Dateline.Extraction.Decoding;

/// <summary>
/// Decodes page bytes without ever throwing on bad bytes, in the order the HTML standard's encoding sniffing
/// suggests: byte order mark, then a charset declared by the container, then one declared in the page
/// (&lt;meta charset&gt;, http-equiv, XML declaration) unless the bytes are valid non-ASCII UTF-8, then UTF-8 if the bytes are valid UTF-8, then a
/// statistical guess (<see cref="CharsetDetector"/>), then windows-1252.
/// </summary>
public static partial class TextDecoder
{
    private const int PrescanBytes = 4096;

    /// <summary>Stray bytes per UTF-8 sequence up to which a page that is not all UTF-8 is read as mixed UTF-8.</summary>
    private const int MixedUtf8Ratio = 4;

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

        if (UnicodeWithoutBom(bytes) is { } wide)
        {
            return Finish(bytes, wide, "utf16-sniffed") with { Note = $"decoded as {wide.WebName} although the page has no byte order mark" };
        }

        if (Resolve(declaredCharset) is { } declared)
        {
            return LegacyUnderUtf8Label(bytes, declared, declaredCharset!) ?? Finish(bytes, declared, "declared");
        }

        var inPageLabel = PrescanCharset(bytes);
        if (Resolve(inPageLabel) is { } inPage)
        {
            // Pages re-saved as UTF-8 keep their old <meta charset>; bytes with non-ASCII that are all valid UTF-8 are
            // almost never text in another encoding (trafilatura tries UTF-8 first for the same reason).
            if (inPage is not UTF8Encoding && !IsAscii(bytes) && IsValidUtf8(bytes))
            {
                return Finish(bytes, new UTF8Encoding(false, false), "utf8-valid")
                    with { Note = $"the page declares '{Shorten(inPageLabel!)}' but its bytes are valid UTF-8; read as utf-8" };
            }

            return LegacyUnderUtf8Label(bytes, inPage, inPageLabel!) ?? Finish(bytes, inPage, "meta");
        }

        var refused = new[] { declaredCharset, inPageLabel }.FirstOrDefault(l => !string.IsNullOrWhiteSpace(l));
        var decoded = DecodeUndeclared(bytes);
        return refused is null ? decoded : decoded with { Note = Join($"the declared charset '{Shorten(refused)}' is not one browsers decode; read as {decoded.EncodingName}", decoded.Note) };
    }

    /// <summary>
    /// A page labelled UTF-8 whose bytes hold no UTF-8 at all but read as a Cyrillic or CJK code page is in that code
    /// page (a template's label over a legacy body); null when the label may stand.
    /// </summary>
    private static DecodedText? LegacyUnderUtf8Label(ReadOnlySpan<byte> bytes, Encoding declared, string label)
    {
        if (declared is not UTF8Encoding || IsValidUtf8(bytes))
        {
            return null;
        }

        // A single-byte guess only where no UTF-8 sequence at all backs the label; a CJK guess also where Shift_JIS-like
        // bytes form some by chance.
        var detected = CharsetDetector.Detect(bytes);
        var stands = detected is not null and not UTF8Encoding && detected.CodePage != 1252 && (!detected.IsSingleByte || CountUtf8(bytes).Utf8Sequences == 0);
        return stands
            ? Finish(bytes, detected!, "detected") with { Note = $"the page declares '{Shorten(label)}' but its bytes are not UTF-8; read as {detected!.WebName}" }
            : null;
    }

    private static DecodedText DecodeUndeclared(ReadOnlySpan<byte> bytes)
    {
        if (IsValidUtf8(bytes))
        {
            return Finish(bytes, new UTF8Encoding(false, false), "utf8-valid");
        }

        // A CJK code page named by the detector stands: Shift_JIS in particular forms valid UTF-8 sequences all the time.
        var detected = CharsetDetector.Detect(bytes) is { } d && d is not UTF8Encoding && d.CodePage != 1252 ? d : null;
        if (detected is { IsSingleByte: false })
        {
            return Finish(bytes, detected, "detected");
        }

        // Otherwise UTF-8 sequences are rare by chance in legacy text (in single-byte Cyrillic or Latin text, almost
        // every byte above 0x7F is stray), so a page with a quarter as many sequences as stray bytes or more is UTF-8
        // with a Latin-1 fragment pasted in, whatever a single-byte guess says.
        var (utf8Sequences, strayBytes) = CountUtf8(bytes);
        if (utf8Sequences > 0 && utf8Sequences * MixedUtf8Ratio >= strayBytes)
        {
            return Finish(bytes, new UTF8Encoding(false, false), "utf8-mixed");
        }

        if (detected is not null)
        {
            return Finish(bytes, detected, "detected");
        }

        // Latin-1 text with some UTF-8 in it reads right both ways at once; without any, it is windows-1252 throughout.
        return utf8Sequences > 0 ? Finish(bytes, new UTF8Encoding(false, false), "utf8-mixed") : Finish(bytes, Encoding.GetEncoding(1252), "fallback");
    }

    /// <summary>How many multi-byte UTF-8 sequences the bytes hold, and how many bytes are not part of valid UTF-8.</summary>
    private static (int Utf8Sequences, int StrayBytes) CountUtf8(ReadOnlySpan<byte> bytes)
    {
        int sequences = 0, stray = 0;
        while (!bytes.IsEmpty)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes, out var rune, out var consumed);
            if (status == System.Buffers.OperationStatus.Done)
            {
                sequences += consumed > 1 ? 1 : 0;
                var ascii = bytes[consumed..].IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
                bytes = ascii < 0 ? [] : bytes[(consumed + ascii)..];
            }
            else
            {
                stray++;
                bytes = bytes[Math.Max(1, consumed)..];
            }
        }

        return (sequences, stray);
    }

    /// <summary>
    /// UTF-8 where the bytes are UTF-8 and windows-1252 for each byte that is not: pages that mix the two (or declare
    /// UTF-8 over Latin-1 bytes) keep every character instead of losing the stray ones to U+FFFD.
    /// </summary>
    private static (string Text, int StrayBytes) DecodeUtf8WithLatinFallback(ReadOnlySpan<byte> bytes)
    {
        var latin = Encoding.GetEncoding(1252);
        var text = new StringBuilder(bytes.Length);
        Span<char> one = stackalloc char[2];
        var stray = 0;
        while (!bytes.IsEmpty)
        {
            var valid = System.Text.Unicode.Utf8.IsValid(bytes) ? bytes.Length : FirstInvalid(bytes);
            if (valid > 0)
            {
                text.Append(Encoding.UTF8.GetString(bytes[..valid]));
                bytes = bytes[valid..];
                continue;
            }

            var status = System.Text.Rune.DecodeFromUtf8(bytes, out _, out var consumed);
            var count = status == System.Buffers.OperationStatus.Done ? 0 : Math.Max(1, consumed);
            for (var i = 0; i < count; i++)
            {
                var written = latin.GetChars(bytes.Slice(i, 1), one);
                text.Append(one[..written]);
            }

            stray += count;
            bytes = bytes[count..];
        }

        return (text.ToString(), stray);
    }

    /// <summary>The length of the valid UTF-8 prefix.</summary>
    private static int FirstInvalid(ReadOnlySpan<byte> bytes)
    {
        var at = 0;
        while (at < bytes.Length)
        {
            var ascii = bytes[at..].IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
            if (ascii < 0)
            {
                return bytes.Length;
            }

            at += ascii;
            if (System.Text.Rune.DecodeFromUtf8(bytes[at..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return at;
            }

            at += consumed;
        }

        return at;
    }

    /// <summary>
    /// Maps a charset label to an encoding; labels the HTML standard aliases (latin1 → windows-1252) are mapped the same
    /// way. Labels browsers refuse (UTF-7, which smuggles markup past filters) and unknown ones give null, as in a
    /// browser, which then ignores the declaration.
    /// </summary>
    public static Encoding? Resolve(string? label)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            return null;
        }

        if (label.Trim().Trim('"', '\'').ToLowerInvariant() is "utf-7" or "utf7" or "x-imap4-modified-utf7" or "unicode-1-1-utf-7" or "csunicode11utf7")
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
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>
    /// UTF-16 or UTF-32 that came without a byte order mark, told by where its zero bytes fall (text in Latin scripts
    /// has one zero byte of every two, or three of every four); null for anything else.
    /// </summary>
    public static Encoding? UnicodeWithoutBom(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, PrescanBytes)];
        if (sample.Length < 8)
        {
            return null;
        }

        var zeros = new int[4];
        for (var i = 0; i < sample.Length; i++)
        {
            if (sample[i] == 0)
            {
                zeros[i % 4]++;
            }
        }

        var quarter = sample.Length / 4.0;
        bool Most(int position) => zeros[position] > quarter * 0.9;
        bool Few(int position) => zeros[position] < quarter * 0.1;
        var half = sample.Length / 2.0;
        var evenZeros = zeros[0] + zeros[2];
        var oddZeros = zeros[1] + zeros[3];
        Encoding? guess =
            sample.Length % 4 == 0 && Few(0) && Most(1) && Most(2) && Most(3) ? new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: false)
            : sample.Length % 4 == 0 && Most(0) && Most(1) && Most(2) && Few(3) ? new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: false)
            : oddZeros > half * 0.5 && evenZeros < half * 0.05 ? new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: false)
            : evenZeros > half * 0.5 && oddZeros < half * 0.05 ? new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: false)
            : null;
        if (guess is null)
        {
            return null;
        }

        // Binary data can put its zeros in the same places: the decoded sample must read as text.
        var text = guess.GetString(sample[..(sample.Length - (sample.Length % 4))]);
        var odd = text.Count(c => (char.IsControl(c) && c is not ('\n' or '\r' or '\t')) || c == '\uFFFD');
        return odd <= text.Length / 20 ? guess : null;
    }

    private static string Join(string first, string? second) => second is null ? first : first + "; " + second;

    private static string Shorten(string label) => label.Length > 40 ? label[..40] + "…" : label;

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

    private static bool IsAscii(ReadOnlySpan<byte> bytes) => System.Text.Ascii.IsValid(bytes);

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
        // UTF-8 with stray bytes keeps UTF-8 where it is valid (a legacy decoding would garble every other non-ASCII
        // character) and reads each stray byte as windows-1252, where it almost always comes from.
        if (encoding is UTF8Encoding && !IsValidUtf8(bytes))
        {
            var (mixed, stray) = DecodeUtf8WithLatinFallback(bytes);
            return new DecodedText(mixed, "utf-8", how, HadInvalidBytes: true)
            {
                Note = $"{stray} byte{(stray == 1 ? " was" : "s were")} not UTF-8 and read as windows-1252",
            };
        }

        return new DecodedText(encoding.GetString(bytes), encoding.WebName, how, HadInvalidBytes: false);
    }

    [GeneratedRegex("""<meta[^>]{0,200}?charset\s*=\s*["']?\s*(?<cs>[A-Za-z0-9_\-:.]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();

    [GeneratedRegex("""<\?xml[^>]{0,100}?encoding\s*=\s*["'](?<cs>[A-Za-z0-9_\-:.]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex XmlEncoding();
}
