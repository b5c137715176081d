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
    public void DeclaredUtf8WithStrayBytesKeepsTheRestReadsThemAsWindows1252AndSaysSo()
    {
        var bytes = Encoding.UTF8.GetBytes("<meta charset=utf-8>naïve ").Concat(new byte[] { 0xE9, 0x20 }).Concat(Encoding.UTF8.GetBytes("ok")).ToArray();
        var d = TextDecoder.Decode(bytes);
        Assert.Equal("<meta charset=utf-8>naïve é ok", d.Text);
        Assert.True(d.HadInvalidBytes);
        Assert.Equal("1 byte was not UTF-8 and read as windows-1252", d.Note);
    }

    [Fact]
    public void UndeclaredUtf8AndLatin1InOnePageEachReadRight()
    {
        var bytes = Encoding.UTF8.GetBytes("Café in Zürich, ").Concat(Encoding.Latin1.GetBytes("écoles à Genève")).ToArray();
        var d = TextDecoder.Decode(bytes);
        Assert.Equal("Café in Zürich, écoles à Genève", d.Text);
        Assert.Equal("utf8-mixed", d.ChosenBy);
        Assert.Contains("windows-1252", d.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void AUtf8FileUnderALegacyMetaLabelIsReadAsUtf8()
    {
        var bytes = Encoding.UTF8.GetBytes("<html><head><meta charset=\"gb2312\"><title>人工智能迈上新台阶</title></head></html>");
        var d = TextDecoder.Decode(bytes);
        Assert.Contains("人工智能迈上新台阶", d.Text, StringComparison.Ordinal);
        Assert.Contains("valid UTF-8", d.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void ShiftJisUnderAUtf8LabelIsReadAsShiftJis()
    {
        var text = "市議会は火曜日、自転車専用レーンの拡張計画を承認した。住民の間では二年以上にわたり賛否が分かれていた。支持者は道路が安全になると述べる一方、商店主は駐車場の減少が商売に響くと懸念している。";
        var bytes = Encoding.ASCII.GetBytes("<meta charset=\"utf-8\">").Concat(Encoding.GetEncoding("shift_jis").GetBytes(text)).ToArray();
        var d = TextDecoder.Decode(bytes);
        Assert.Contains("市議会は火曜日", d.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Cp1251UnderAUtf8LabelIsReadAsCp1251()
    {
        var bytes = Encoding.ASCII.GetBytes("<meta charset=\"utf-8\">").Concat(Encoding.GetEncoding(1251).GetBytes("Совет города во вторник одобрил новый бюджет для школ и дорог. Мэр сказал, что мост через реку откроют в мае.")).ToArray();
        var d = TextDecoder.Decode(bytes);
        Assert.Contains("Совет города", d.Text, StringComparison.Ordinal);
        Assert.Contains("not UTF-8", d.Note, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html><body><p>x</p></body></html>", ContentKind.Html)]
    [InlineData("  \n<html lang=en><head><title>t</title></head></html>", ContentKind.Html)]
    [InlineData(" date 2021-08-19 A title\n\nMOSCOW (AP) — text <b> quoted tag", ContentKind.Text)]
    [InlineData("plain text dump\n  • item", ContentKind.Text)]
    public void ContentIsSniffedNotTakenFromTheExtension(string text, ContentKind kind) => Assert.Equal(kind, ContentSniffer.Sniff(text));

    [Fact]
    public void PagesWithoutAMarkupOpeningAreSniffedByTheTagsOfTheirHead()
    {
        // Leading junk before the markup: eight known tags in the first 16,384 characters make a page; the same tags
        // after them do not.
        var tags = string.Concat(Enumerable.Repeat("<div><p>x</p></div>", 4));
        Assert.Equal(ContentKind.Html, ContentSniffer.Sniff("junk " + tags));
        Assert.Equal(ContentKind.Text, ContentSniffer.Sniff("junk " + new string('x', 16_384) + tags));
    }

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
    public void TruncatedGzipIsSalvagedWithAWarningAndAGzipCutInItsHeaderFails()
    {
        var text = string.Concat(Enumerable.Range(0, 400).Select(i => $"Sentence {i} of some article text that goes on. "));
        using var ms = new MemoryStream();
        using (var gz = new System.IO.Compression.GZipStream(ms, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
        {
            gz.Write(Encoding.UTF8.GetBytes(text));
        }

        var whole = ms.ToArray();
        var item = new CollectionReader().PageFromBytes("t", "t.txt.gz", whole[..(whole.Length / 2)]);
        var salvaged = Encoding.UTF8.GetString(item.Page!.Bytes.Span);
        Assert.True(salvaged.Length > 100 && salvaged.Length < text.Length, $"salvaged {salvaged.Length} of {text.Length} characters");
        Assert.StartsWith(salvaged, text, StringComparison.Ordinal);
        Assert.Contains(item.Page.Warnings, w => w.Contains("truncated", StringComparison.Ordinal));

        var header = new CollectionReader().PageFromBytes("h", "h.txt.gz", whole[..6]);
        Assert.Equal(ErrorKinds.Truncated, header.Error!.Kind);
    }

    [Fact]
    public void IdsDropPageExtensions()
    {
        Assert.Equal("000_cde34ae5cef1e48b", DocumentIds.FromPath("/x/000_cde34ae5cef1e48b.txt"));
        Assert.Equal("abc123", DocumentIds.FromPath("pages/abc123.html.gz"));
        Assert.Equal("story.v2", DocumentIds.FromPath("story.v2.htm"));
    }
}
