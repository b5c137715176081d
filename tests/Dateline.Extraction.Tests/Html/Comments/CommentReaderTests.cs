using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dateline.Core.Layers.Comments;
using Dateline.Core.Model;
using Dateline.Core.Pipeline;
using Dateline.Extraction.Html;
using Dateline.Extraction.Tests.Html;
using Dateline.Tests;

namespace Dateline.Extraction.Tests.Html.Comments;

/// <summary>Reader comments: found in comment sections by their markup, each with author, date and text, never in `text`.</summary>
public partial class CommentReaderTests
{
    private const string Story =
        "<p>The city council voted on Tuesday to expand the bicycle lane network, a plan that has divided residents for more than two years.</p>"
        + "<p>Supporters said the lanes would make streets safer, while shop owners warned that losing parking would hurt business in the old town.</p>"
        + "<p>The first new lanes are due to open in the spring, according to the transport department, which will publish a timetable next month.</p>";

    private static string Page(string after) => $"<html><body><article><h1>Council backs bike lanes</h1>{Story}</article>{after}</body></html>";

    private const string Thread = """
        <div id="comments" class="comments-area">
          <h2 class="comments-title">2 thoughts on “Council backs bike lanes”</h2>
          <ol class="comment-list">
            <li id="comment-11" class="comment even depth-1">
              <article id="div-comment-11" class="comment-body">
                <footer class="comment-meta">
                  <div class="comment-author vcard"><img class="avatar" src="a.png"><b class="fn">Maria Rossi</b> <span class="says">says:</span></div>
                  <div class="comment-metadata"><a href="#comment-11"><time datetime="2024-03-05T10:12:00+01:00">March 5, 2024 at 10:12 am</time></a></div>
                </footer>
                <div class="comment-content"><p>Finally some safe routes for the kids.</p><p>About time &amp; well done.</p></div>
                <div class="reply"><a class="comment-reply-link" href="#">Reply</a></div>
              </article>
              <ol class="children">
                <li id="comment-12" class="comment odd depth-2">
                  <article id="div-comment-12" class="comment-body">
                    <footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Tom</b> <span class="says">says:</span></div>
                    <div class="comment-metadata"><a href="#comment-12">6 March 2024</a></div></footer>
                    <div class="comment-content"><p>Parking is already scarce in the old town.</p></div>
                    <div class="reply"><a class="comment-reply-link" href="#">Reply</a></div>
                  </article>
                </li>
              </ol>
            </li>
          </ol>
          <div id="respond" class="comment-respond"><h3 class="comment-reply-title">Leave a Reply</h3>
            <form class="comment-form"><p class="comment-notes">Your email address will not be published.</p><textarea></textarea></form></div>
        </div>
        """;

    private static Document Extract(string html) => HtmlExtractionTests.Extract(html);

    [Fact]
    public void AThreadGivesEachCommentWithAuthorDateAndTextAndReplies()
    {
        var doc = Extract(Page(Thread));
        var comments = doc.Layer<ReaderComment>();
        Assert.Equal<ReaderComment>(
            [
                new ReaderComment("Maria Rossi", "2024-03-05", "Finally some safe routes for the kids.\nAbout time & well done."),
                new ReaderComment("Tom", "2024-03-06", "Parking is already scarce in the old town."),
            ],
            comments);
    }

    [Fact]
    public void CommentsStayOutOfTheText()
    {
        var doc = Extract(Page(Thread));
        Assert.StartsWith("The city council voted", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("safe routes", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Maria Rossi", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Leave a Reply", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void HiddenCommentsAndHiddenSectionsAreNotRead()
    {
        var doc = Extract(Page("""
            <div class="comments">
              <div class="comment"><span class="comment-author">Ann</span><p class="comment-text">Shown to every reader of the page.</p></div>
              <div class="comment" style="display: none"><span class="comment-author">Spam</span><p class="comment-text">Cheap pills here.</p></div>
              <div class="comment"><span class="comment-author">Ben</span><p class="comment-text">Visible <span hidden>secret words</span>text.</p></div>
            </div>
            <section class="user-comments" style="visibility:hidden"><div class="comment"><p>Not for readers.</p></div></section>
            """));
        var comments = doc.Layer<ReaderComment>();
        Assert.Equal(["Ann", "Ben"], comments.Select(c => c.Author));
        Assert.Equal("Visible text.", comments[1].Text);
        Assert.DoesNotContain(comments, c => c.Text.Contains("pills", StringComparison.Ordinal) || c.Text.Contains("Not for readers", StringComparison.Ordinal));
    }

    [Fact]
    public void SchemaOrgCommentsAreRead()
    {
        var doc = Extract(Page("""
            <section class="discussion"><div itemprop="comment" itemscope itemtype="https://schema.org/Comment">
              <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Jo Park</span></span>
              <meta itemprop="dateCreated" content="2023-11-02"><p itemprop="text">Where does the eastern lane end?</p></div></section>
            """));
        Assert.Equal<ReaderComment>([new ReaderComment("Jo Park", "2023-11-02", "Where does the eastern lane end?")], doc.Layer<ReaderComment>());
    }

    [Fact]
    public void AHeadingOpensTheSectionAndAPageWrappedInAFormIsRead()
    {
        var html = Page(
            "<h2 id=\"comments\">Comments</h2>"
            + "<div class=\"ForumComment\"><span class=\"ForumCommentAccountName\">th3Chris</span><span class=\"ForumCommentTime\">28.09.19</span>"
            + "<div class=\"ForumCommentText\">It works on mobile data for me.</div></div>")
            .Replace("<body>", "<body><form id=\"page\">", StringComparison.Ordinal).Replace("</body>", "</form></body>", StringComparison.Ordinal);
        Assert.Equal<ReaderComment>([new ReaderComment("th3Chris", "2019-09-28", "It works on mobile data for me.")], Extract(html).Layer<ReaderComment>());
    }

    [Fact]
    public void APageWithoutACommentSectionHasNone()
    {
        // An editorial "comment" box in the article and a section whose text is not marked up as comments give nothing.
        var doc = Extract(Page("""
            <div class="comment-count"><a href="#respond">12 comments</a></div>
            <div class="comments"><p>Comments are closed.</p></div>
            """).Replace("<article>", "<article><div class=\"comment\">Our view: the lanes are overdue.</div>", StringComparison.Ordinal));
        Assert.Empty(doc.Layer<ReaderComment>());
        Assert.True(doc.HasLayer<ReaderComment>());
    }

    [Fact]
    public void TheOptionLeavesCommentsOut()
    {
        var pipeline = new PipelineBuilder().UseExtraction(HtmlExtractionOptions.Default with { IncludeComments = false }).Build();
        var result = pipeline.Process(new RawPage("t", "t.html", Encoding.UTF8.GetBytes(Page(Thread))));
        Assert.Empty(result.Document!.Layer<ReaderComment>());
        Assert.DoesNotContain("safe routes", result.Document.Text, StringComparison.Ordinal);
    }

    /// <summary>
    /// On the web-dev pages whose truth lists comment strings (trafilatura's set, ../shared/data/extraction/web-dev):
    /// the share of those strings found in a comment's author or text. Measured 106 of 172 when the markup was tuned;
    /// the floor sits a little under it.
    /// </summary>
    [Fact]
    public void WebDevPagesWithCommentsGiveTheirComments()
    {
        var dir = SharedData.Require("data", "extraction", "web-dev");
        int found = 0, total = 0;
        foreach (var line in File.ReadLines(Path.Combine(dir, "truth.jsonl")))
        {
            var truth = JsonDocument.Parse(line).RootElement;
            if (!truth.TryGetProperty("comments", out var expected) || expected.GetArrayLength() == 0)
            {
                continue;
            }

            var path = Path.Combine(dir, "pages", truth.GetProperty("id").GetString() + ".html.gz");
            using var gz = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
            using var ms = new MemoryStream();
            gz.CopyTo(ms);
            var doc = Pipelines.Extraction.Process(new RawPage(Path.GetFileName(path), path, ms.ToArray())).Document;
            var shown = Norm(string.Join('\n', doc?.Layer<ReaderComment>().Select(c => $"{c.Author} {c.Text}") ?? []));
            foreach (var c in expected.EnumerateArray())
            {
                total++;
                found += shown.Contains(Norm(c.GetString()!), StringComparison.Ordinal) ? 1 : 0;
            }
        }

        Assert.True(total > 100, $"web-dev truth lists only {total} comment strings");
        Assert.True(found >= total * 0.55, $"comment strings found {found}/{total}, under 55 %");
    }

    private static string Norm(string s) => Spaces().Replace(s.Normalize(NormalizationForm.FormC).Replace("\u00AD", string.Empty, StringComparison.Ordinal), " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
