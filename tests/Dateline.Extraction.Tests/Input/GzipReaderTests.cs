using System.IO.Compression;
using System.Text;
using Dateline.Extraction.Input;

namespace Dateline.Extraction.Tests.Input;

/// <summary>Gzip whole, cut and damaged: what was decompressed before the damage is kept, and the damage is named.</summary>
public sealed class GzipReaderTests
{
    private static readonly byte[] Page = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 40).Select(i => $"<p>Paragraph {i} of the story about the council's budget.</p>")));

    private static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(data);
        }

        return output.ToArray();
    }

    [Fact]
    public void AWholeStreamIsReadWhole()
    {
        var read = GzipReader.Decompress(Gzip(Page), 1 << 20);
        Assert.Equal(Page, read.Bytes);
        Assert.Equal((false, null), (read.Truncated, read.Damage));
    }

    // A wrong checksum in the trailer once lost the whole page: the decoder throws on the read that reaches the
    // trailer, and that read held all of a small page's bytes.
    [Theory]
    [InlineData(8)]
    [InlineData(1)]
    public void AWrongChecksumOrLengthKeepsEveryByteAndSaysTheTrailerIsWrong(int fromEnd)
    {
        var gz = Gzip(Page);
        gz[^fromEnd] ^= 0xFF;
        var read = GzipReader.Decompress(gz, 1 << 20);
        Assert.Equal(Page, read.Bytes);
        Assert.True(read.Truncated);
        Assert.Contains("checksum", read.Damage, StringComparison.Ordinal);
    }

    [Fact]
    public void DamageInsideTheDataKeepsWhatCameBeforeAndIsNotCalledCutOff()
    {
        var gz = Gzip([.. Page, .. Page, .. Page, .. Page]);
        gz[gz.Length * 3 / 4] ^= 0xFF;
        gz[(gz.Length * 3 / 4) + 1] ^= 0x55;
        var read = GzipReader.Decompress(gz, 1 << 20);
        Assert.True(read.Truncated);
        Assert.True(read.Bytes.Length > Page.Length, $"only {read.Bytes.Length} bytes kept");
        Assert.DoesNotContain("cut off", read.Damage, StringComparison.Ordinal);
    }

    // A server that gzips a page stored gzipped sends a gzip of a gzip: it was read as a binary page.
    [Fact]
    public void AGzipInsideAGzipIsUnwrapped()
    {
        var read = GzipReader.Decompress(Gzip(Gzip(Page)), 1 << 20);
        Assert.Equal(Page, read.Bytes);
        Assert.False(read.Truncated);
    }

    [Fact]
    public void LayersOfGzipBeyondTheBoundAreLeftAsTheyAre()
    {
        var five = Gzip(Gzip(Gzip(Gzip(Gzip(Page)))));
        Assert.True(GzipReader.IsGzip(GzipReader.Decompress(five, 1 << 20).Bytes));
    }

    [Fact]
    public void AStreamCutOffSaysSo()
    {
        var gz = Gzip(Page);
        var read = GzipReader.Decompress(gz[..^10], 1 << 20);
        Assert.True(read.Truncated);
        Assert.Contains("cut off", read.Damage, StringComparison.Ordinal);
    }
}
