namespace Dateline.Extraction.Decoding;

/// <summary>Recognizes bytes that are not text at all (images, executables, archives), so they fail clearly.</summary>
public static class BinaryDetector
{
    private const int SampleBytes = 8192;

    private const int StrayNuls = 4;

    /// <summary>
    /// True when the sample holds more than stray NUL bytes (four, or one in a hundred) or many control bytes. UTF-16 and UTF-32
    /// (with or without a byte order mark) are told apart before this check.
    /// </summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, SampleBytes)];
        if (sample.IsEmpty)
        {
            return false;
        }

        int control = 0, nul = 0;
        foreach (var b in sample)
        {
            if (b == 0)
            {
                nul++;
            }
            else if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B))
            {
                control++;
            }
        }

        // A few stray NULs in a short text are damage, not binary: the floor keeps them from counting as one in a hundred.
        return nul > Math.Max(StrayNuls, sample.Length / 100) || control + nul > sample.Length / 20;
    }
}
