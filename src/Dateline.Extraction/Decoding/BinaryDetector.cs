namespace Dateline.Extraction.Decoding;

/// <summary>Recognizes bytes that are not text at all (images, executables, archives), so they fail clearly.</summary>
public static class BinaryDetector
{
    private const int SampleBytes = 8192;

    /// <summary>True when the sample holds NUL bytes or many control bytes; UTF-16 with a BOM is decoded before this check.</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, SampleBytes)];
        if (sample.IsEmpty)
        {
            return false;
        }

        var control = 0;
        foreach (var b in sample)
        {
            if (b == 0)
            {
                return true;
            }

            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B))
            {
                control++;
            }
        }

        return control > sample.Length / 20;
    }
}
