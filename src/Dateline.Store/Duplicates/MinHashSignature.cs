namespace Dateline.Store.Duplicates;

/// <summary>The MinHash values of one text, and the LSH band keys derived from them.</summary>
public sealed record MinHashSignature(uint[] Values, long[] BandKeys)
{
    /// <summary>The share of equal positions: an estimate of the Jaccard similarity of the two shingle sets.</summary>
    public double Similarity(uint[] other)
    {
        if (other.Length != Values.Length)
        {
            return 0;
        }

        var same = 0;
        for (var i = 0; i < Values.Length; i++)
        {
            if (Values[i] == other[i])
            {
                same++;
            }
        }

        return (double)same / Values.Length;
    }

    public byte[] ToBytes()
    {
        var bytes = new byte[Values.Length * 4];
        Buffer.BlockCopy(Values, 0, bytes, 0, bytes.Length);
        return bytes;
    }

    public static uint[] ValuesFromBytes(byte[] bytes)
    {
        var values = new uint[bytes.Length / 4];
        Buffer.BlockCopy(bytes, 0, values, 0, values.Length * 4);
        return values;
    }
}
