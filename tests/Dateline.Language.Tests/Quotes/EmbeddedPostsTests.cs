using Dateline.Core.Model;
using Dateline.Language.Quotes;

namespace Dateline.Language.Tests.Quotes;

public class EmbeddedPostsTests
{
    private static readonly string[] Markers = ["pic.twitter.com/", "— (@", "instagram.com/p/"];

    // As reading the lines that hold the span for a marker does (the quote stage's old check, once per sentence).
    [Fact]
    public void AParagraphIsAPostWhenItsLinesHoldAMarker()
    {
        var random = new Random(3);
        string[] pieces = ["The mayor said.", " ", "\n", "\n\n", "PIC.twitter.com/x", "pic.twitter.co", "m/", "— (@ab", "word"];
        for (var round = 0; round < 300; round++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 14)).Select(_ => pieces[random.Next(pieces.Length)]));
            var posts = new EmbeddedPosts(text, Markers);
            for (var q = 0; q < 20; q++)
            {
                var start = random.Next(0, text.Length + 1);
                var span = new TextSpan(start, start + random.Next(0, text.Length - start + 1));
                Assert.Equal(ByReading(text, span), posts.InPost(span));
            }
        }
    }

    private static bool ByReading(string text, TextSpan s)
    {
        int end = text.IndexOf('\n', s.End);
        int start = s.Start == 0 ? 0 : text.LastIndexOf('\n', s.Start - 1) + 1;
        var paragraph = text.AsSpan(start, (end < 0 ? text.Length : end) - start);
        foreach (var marker in Markers)
        {
            if (paragraph.Contains(marker, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
