using System.Text;
using Dateline.Core.Pipeline;
using Dateline.Extraction.Input.JsonLines;

namespace Dateline.Extraction.Tests.Input.JsonLines;

/// <summary>Lines of JSON as other programs write them.</summary>
public sealed class JsonLinesReaderTests
{
    // Python's json.dumps writes a string holding a lone surrogate (text read with surrogateescape, a cut emoji) as a
    // \ud83d escape; the line was once lost as an encoding failure for one character.
    [Theory]
    [InlineData("\\ud800", "\uFFFD")]
    [InlineData("\\udc00\\ud83d", "\uFFFD\uFFFD")]
    [InlineData("\\uD83D", "\uFFFD")]
    [InlineData("\\ud83d\\ude00", "\U0001F600")]
    [InlineData("\\\\ud800", "\\ud800")]
    public void ALoneSurrogateEscapeBecomesAReplacementCharacterWithAWarning(string escape, string expected)
    {
        var line = Encoding.UTF8.GetBytes($"{{\"id\":\"a\",\"title\":\"T{escape}\",\"text\":\"The council met {escape} on Monday.\"}}");
        var item = JsonLinesReader.Parse(line, "a.jsonl:1", "a-1");
        Assert.Null(item.Error);
        Assert.Equal($"The council met {expected} on Monday.", item.Page!.PreDecodedText);
        Assert.Equal($"T{expected}", item.Page.Supplied!.Title);
        var lone = expected.Contains('\uFFFD', StringComparison.Ordinal);
        Assert.Equal(lone, item.Page.Warnings.Any(w => w.Contains("lone surrogate", StringComparison.Ordinal)));
    }

    [Fact]
    public void InvalidUtf8IsStillAnEncodingFailure()
    {
        byte[] line = [.. "{\"id\":\"a\",\"text\":\"caf"u8, 0xC3, 0x28, .. " is open\"}"u8];
        Assert.Equal(ErrorKinds.Encoding, JsonLinesReader.Parse(line, "a.jsonl:1", "a-1").Error?.Kind);
    }
}
