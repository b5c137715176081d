using System.Text;
using UtfUnknown;

namespace Dateline.Extraction.Decoding;

/// <summary>
/// Guesses the charset of bytes that declare none and are not valid UTF-8 (legacy windows-1251, Shift_JIS, GB2312
/// pages), with UTF.Unknown's statistical detectors. A weak guess yields null, so the caller keeps its fallback.
/// </summary>
public static class CharsetDetector
{
    /// <summary>Confidence below which a guess is not trusted.</summary>
    public const float MinConfidence = 0.5f;

    public static Encoding? Detect(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes.Length > 65536 ? bytes[..65536] : bytes;
        var result = CharsetDetector_Detect(sample.ToArray());
        if (result is null || result.Confidence < MinConfidence || result.EncodingName is null)
        {
            return null;
        }

        return TextDecoder.Resolve(result.EncodingName);
    }

    private static DetectionDetail? CharsetDetector_Detect(byte[] bytes) => UtfUnknown.CharsetDetector.DetectFromBytes(bytes).Detected;
}
