using System.Text;
using Dateline.Core.Model;
using Dateline.Core.Pipeline;
using Dateline.Extraction.Decoding;
using Dateline.Extraction.Input;

namespace Dateline.Extraction.Tests.Decoding;

public class DecodingTests
{
    static DecodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Utf8BomIsHonoured()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("Zürich")).ToArray();
        var d = TextDecoder.Decode(bytes);
        Assert.Equal("Zürich", d.Text);
        Assert.Equal("bom", d.ChosenBy);
    }

    [Fact]
    public void Utf16BomIsHonoured()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Привет")).ToArray();
        Assert.Equal("Привет", TextDecoder.Decode(bytes).Text);
    }

    [Fact]
    public void MetaCharsetDecidesForLegacyPages()
    {
        var html = "<html><head><meta charset=\"windows-1251\"></head><body>Привет мир</body></html>";
        var bytes = Encoding.GetEncoding(1251).GetBytes(html);
        var d = TextDecoder.Decode(bytes);
        Assert.Contains("Привет мир", d.Text, StringComparison.Ordinal);
        Assert.Equal("meta", d.ChosenBy);
    }

    [Fact]
    public void HttpEquivCharsetIsFound()
        => Assert.Equal("Shift_JIS", TextDecoder.PrescanCharset(Encoding.ASCII.GetBytes("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\">")));

    [Fact]
    public void InvalidUtf8FallsBackToWindows1252()
    {
        var bytes = Encoding.GetEncoding(1252).GetBytes("café déjà vu");
        var d = TextDecoder.Decode(bytes);
        Assert.Equal("café déjà vu", d.Text);
        Assert.Equal("fallback", d.ChosenBy);
    }

    [Fact]
    public void DeclaredUtf8WithStrayBytesKeepsTheRestAndWarns()
    {
        var bytes = Encoding.UTF8.GetBytes("<meta charset=utf-8>naïve ").Concat(new byte[] { 0xE9, 0x20 }).Concat(Encoding.UTF8.GetBytes("ok")).ToArray();
        var d = TextDecoder.Decode(bytes);
        Assert.Contains("naïve", d.Text, StringComparison.Ordinal);
        Assert.Contains('\uFFFD', d.Text);
        Assert.True(d.HadInvalidBytes);
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html><body><p>x</p></body></html>", ContentKind.Html)]
    [InlineData("  \n<html lang=en><head><title>t</title></head></html>", ContentKind.Html)]
    [InlineData(" date 2021-08-19 A title\n\nMOSCOW (AP) — text <b> quoted tag", ContentKind.Text)]
    [InlineData("plain text dump\n  • item", ContentKind.Text)]
    public void ContentIsSniffedNotTakenFromTheExtension(string text, ContentKind kind) => Assert.Equal(kind, ContentSniffer.Sniff(text));

    [Fact]
    public void BinaryInputFailsAsBinary()
    {
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52 };
        var result = Pipelines.Extraction.Process(new RawPage("img", "img.txt", png));
        Assert.Equal(ErrorKinds.Binary, result.Error!.Kind);
        Assert.Contains("img.txt", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyInputFailsAsEmpty()
        => Assert.Equal(ErrorKinds.Empty, Pipelines.Extraction.Process(new RawPage("e", "e.txt", Array.Empty<byte>())).Error!.Kind);

    [Fact]
    public void TruncatedGzipFailsAsTruncated()
    {
        using var ms = new MemoryStream();
        using (var gz = new System.IO.Compression.GZipStream(ms, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
        {
            gz.Write(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("Some article text that goes on. ", 400))));
        }

        var cut = ms.ToArray()[..(int)(ms.Length / 2)];
        var item = new CollectionReader().PageFromBytes("t", "t.txt.gz", cut);
        Assert.Equal(ErrorKinds.Truncated, item.Error!.Kind);
    }

    [Fact]
    public void IdsDropPageExtensions()
    {
        Assert.Equal("000_cde34ae5cef1e48b", DocumentIds.FromPath("/x/000_cde34ae5cef1e48b.txt"));
        Assert.Equal("abc123", DocumentIds.FromPath("pages/abc123.html.gz"));
        Assert.Equal("story.v2", DocumentIds.FromPath("story.v2.htm"));
    }
}
