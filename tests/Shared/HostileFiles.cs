using System.Diagnostics;
using System.IO.Compression;
using System.Net.Sockets;
using System.Text;
using Dateline.Core.Pipeline;

namespace Dateline.Tests;

/// <summary>
/// Writes a folder of hostile inputs, one per kind of damage met in real collections or made to break parsers, beside
/// two valid pages (good.html, good.txt), with how each must end. Sizes assume a page limit of
/// <see cref="PageLimit"/> (`--max-size 12`). Deterministic: the same files every time. <c>large</c> adds the kinds
/// that take seconds each (a hundred thousand files, a million lines, a hundred thousand siblings).
/// </summary>
public static class HostileFiles
{
    public const long PageLimit = 12 * 1024 * 1024;

    public const string GoodHtml = "good.html";

    public const string GoodText = "good.txt";

    public static IReadOnlyList<HostileFile> Generate(string directory, bool large = false)
    {
        Directory.CreateDirectory(directory);
        var random = new Random(42);
        var files = new List<HostileFile>();
        void Bytes(string name, string what, HostileOutcome expected, byte[] bytes)
        {
            var path = Path.Combine(directory, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, bytes);
            files.Add(new HostileFile(name, what, expected));
        }

        void Text(string name, string what, HostileOutcome expected, string text) => Bytes(name, what, expected, Encoding.UTF8.GetBytes(text));
        void Many(string name, string what, HostileOutcome[] expected, string text) => ManyBytes(name, what, expected, Encoding.UTF8.GetBytes(text));
        void ManyBytes(string name, string what, HostileOutcome[] expected, byte[] bytes)
        {
            File.WriteAllBytes(Path.Combine(directory, name), bytes);
            files.Add(new HostileFile(name, what, expected));
        }

        var article = "<html><head><title>A fine story</title></head><body><article><h1>A fine story</h1>" +
                      string.Concat(Enumerable.Repeat("<p>The council met on Monday and agreed on a new budget for the town's schools and roads.</p>", 12)) +
                      "</article></body></html>";
        var varied = "<html><head><title>A long story</title></head><body><article><h1>A long story</h1>" +
                     string.Concat(Enumerable.Range(0, 60).Select(i => $"<p>In paragraph {i}, the council heard from {i + 3} residents about the budget for road number {i * 7}.</p>")) +
                     "</article></body></html>";
        var accented = article.Replace("council", "Café council", StringComparison.Ordinal);
        const string story = "The mayor said on Tuesday that the bridge over the river would reopen in May after two years of repairs.\n\nTraffic will be diverted through the old town until then, and buses will run every ten minutes.\n";
        File.WriteAllText(Path.Combine(directory, GoodHtml), article.Replace("fine story", "good story", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(directory, GoodText), "Bridge to reopen in May\n\n" + story);

        // Bytes that are not a page.
        var noise = new byte[20000];
        random.NextBytes(noise);
        Bytes("binary.html", "random bytes", HostileOutcome.Failure(ErrorKinds.Binary), noise);
        Bytes("tar-named.html", "a tar archive named .html", HostileOutcome.Failure(ErrorKinds.Binary), Tar("story.html", Encoding.UTF8.GetBytes(article)));
        Bytes("pdf-named.html", "a PDF named .html", HostileOutcome.Failure(ErrorKinds.Binary), [.. "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n"u8, .. noise[..4000]]);
        Bytes("nul-bytes.txt", "UTF-32LE text without a byte order mark", HostileOutcome.Either, [.. Encoding.UTF8.GetBytes("Hello world, this is the text of a story about a bridge that will reopen.").SelectMany(b => new byte[] { b, 0, 0, 0 })]);
        Bytes("control-chars.txt", "control characters", HostileOutcome.Failure(ErrorKinds.Binary), [.. Enumerable.Range(0, 5000).Select(i => (byte)(i % 32))]);

        // Empty, or nothing left.
        Text("empty.txt", "zero bytes", HostileOutcome.Failure(ErrorKinds.Empty), string.Empty);
        Text("empty-a.txt", "zero bytes again (identical failures are recorded for every path)", HostileOutcome.Failure(ErrorKinds.Empty), string.Empty);
        Text("empty-b.txt", "zero bytes a third time", HostileOutcome.Failure(ErrorKinds.Empty), string.Empty);
        Text("whitespace.txt", "only whitespace", HostileOutcome.Failure(ErrorKinds.Empty), "   \n\n\t\t  \r\n   ");
        Bytes("bom-only.txt", "only a UTF-8 byte order mark", HostileOutcome.Failure(ErrorKinds.Empty), [0xEF, 0xBB, 0xBF]);
        Bytes("empty.html.gz", "gzip of nothing", HostileOutcome.Failure(ErrorKinds.Empty), Gzip([]));
        Text("zero-width.html", "a page of zero-width spaces", HostileOutcome.Failure(ErrorKinds.EmptyAfterCleaning), "<html><body><p>" + new string('\u200B', 3000) + "</p></body></html>");
        Text("comment-only.html", "a page that is one comment", HostileOutcome.Failure(ErrorKinds.EmptyAfterCleaning), "<html><body><!-- " + new string('x', 5000) + " --></body></html>");
        Text("script-only.html", "a page that is all script", HostileOutcome.Failure(ErrorKinds.EmptyAfterCleaning), "<html><body><script>" + string.Concat(Enumerable.Repeat("var x = '<div>' + 1;\n", 20_000)) + "</script></body></html>");
        Text("punctuation.txt", "a dump of rules and dashes", HostileOutcome.Either, string.Concat(Enumerable.Repeat("----------\n==========\n", 50)));

        // Sizes and limits.
        Text("oversize.txt", "a text larger than the page limit", HostileOutcome.Failure(ErrorKinds.Oversize), string.Concat(Enumerable.Repeat("All work and no play makes a dull story. ", (int)((PageLimit + (1024 * 1024)) / 41))));
        Bytes("zip-bomb.html.gz", "64 MiB of zeros, gzipped", HostileOutcome.Failure(ErrorKinds.Oversize), Gzip(new byte[64 * 1024 * 1024]));
        Text("huge-line.txt", "one 600 KB line", HostileOutcome.Either, string.Join(' ', Enumerable.Repeat("word", 120_000)));
        Text("long-word.txt", "one 500,000-letter word", HostileOutcome.Either, new string('w', 500_000));
        Text("long-attribute.html", "a 10 MB attribute", HostileOutcome.Article, "<html><body><div title=\"" + new string('x', 10_000_000) + "\"><p>Short text of a story that is long enough to be kept as the body of a page.</p></div></body></html>");
        Text("long-title.html", "a 100 KB title", HostileOutcome.Article, article.Replace("<title>A fine story</title>", "<title>" + new string('T', 100_000) + "</title>", StringComparison.Ordinal));

        // Markup that breaks parsers.
        Text("deep-nesting.html", "100,000 nested elements", HostileOutcome.Failure(ErrorKinds.Malformed), "<html><body>" + string.Concat(Enumerable.Repeat("<em>", 100_000)) + "deep" + string.Concat(Enumerable.Repeat("</em>", 100_000)) + "</body></html>");
        Text("deep-formatting.html", "40,000 unclosed formatting elements", HostileOutcome.Failure(ErrorKinds.Malformed), "<html><body>" + string.Concat(Enumerable.Repeat("<b><i><u>", 40_000)) + "text");
        Text("deep-lists.html", "3,000 nested lists", HostileOutcome.Either, "<html><body>" + string.Concat(Enumerable.Repeat("<ul><li>item ", 3_000)) + "</body></html>");
        Text("tag-soup.html", "unclosed attributes and stray angle brackets", HostileOutcome.Either, string.Concat(Enumerable.Repeat("<a href=\"x <p < > <<div class='", 20_000)));
        Text("entity-flood.html", "a million character references", HostileOutcome.Either, "<html><body><p>" + string.Concat(Enumerable.Repeat("&amp;&#x41;&lt;", 333_334)) + "</p></body></html>");
        Text("many-attributes.html", "one element with 50,000 attributes", HostileOutcome.Article, "<html><body><div " + string.Concat(Enumerable.Range(0, 50_000).Select(i => $"a{i}=\"{i}\" ")) + "><p>The story under all those attributes is long enough to be kept as article text.</p></div></body></html>");
        Text("many-paragraphs.html", "20,000 identical sibling paragraphs", HostileOutcome.Either, "<html><body>" + string.Concat(Enumerable.Repeat("<p>One more line of text here.</p>", 20_000)) + "</body></html>");
        Text("xml-feed.html", "an RSS feed named .html", HostileOutcome.Either, "<?xml version=\"1.0\"?><rss><channel><title>Feed</title>" + string.Concat(Enumerable.Repeat("<item><title>Council agrees budget</title><description>The council met on Monday and agreed a budget.</description></item>", 50)) + "</channel></rss>");
        Text("svg.html", "an SVG image named .html", HostileOutcome.Either, "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>" + string.Concat(Enumerable.Repeat("label ", 200)) + "</text></svg>");

        // Encodings.
        Bytes("invalid-utf8.html", "invalid UTF-8 sequences in a UTF-8 page", HostileOutcome.Warned("windows-1252"), [.. Encoding.UTF8.GetBytes(accented[..200]), 0xC3, 0x28, 0xA0, 0xA1, 0xFF, 0xFE, .. Encoding.UTF8.GetBytes(accented[200..])]);
        Bytes("stray-bytes-ascii.html", "bytes that are not UTF-8 in an undeclared ASCII page", HostileOutcome.Article, [.. Encoding.UTF8.GetBytes(article[..200]), 0xC3, 0x28, 0xA0, 0xA1, 0xFF, 0xFE, .. Encoding.UTF8.GetBytes(article[200..])]);
        Bytes("overlong-utf8.html", "overlong UTF-8 encodings of < and /", HostileOutcome.Warned("windows-1252"), [.. Encoding.UTF8.GetBytes(accented[..300]), 0xC0, 0xBC, 0xC0, 0xAF, 0xE0, 0x80, 0xAF, .. Encoding.UTF8.GetBytes(accented[300..])]);
        Bytes("mixed-encodings.html", "UTF-8 and Latin-1 in one page", HostileOutcome.Warned("windows-1252"), [.. Encoding.UTF8.GetBytes(article[..400].Replace("council", "Café council", StringComparison.Ordinal)), .. Encoding.Latin1.GetBytes(article[400..].Replace("schools", "écoles", StringComparison.Ordinal))]);
        Bytes("latin1-declared-utf8.html", "Latin-1 bytes in a page that declares UTF-8", HostileOutcome.Warned("windows-1252"), Encoding.Latin1.GetBytes(article.Replace("<head>", "<head><meta charset=\"utf-8\">", StringComparison.Ordinal).Replace("schools", "écoles à Genève", StringComparison.Ordinal)));
        Text("utf7-declared.html", "a page declaring charset=\"utf-7\"", HostileOutcome.Warned("utf-7"), article.Replace("<head>", "<head><meta charset=\"utf-7\">", StringComparison.Ordinal));
        Text("unknown-charset.html", "a page declaring a charset that does not exist", HostileOutcome.Warned("x-klingon"), article.Replace("<head>", "<head><meta charset=\"x-klingon\">", StringComparison.Ordinal));
        Bytes("utf16le-bom.txt", "UTF-16LE with a byte order mark", HostileOutcome.Article, [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(story)]);
        Bytes("utf16le-nobom.txt", "UTF-16LE without a byte order mark", HostileOutcome.Warned("byte order mark"), Encoding.Unicode.GetBytes(story));
        Bytes("utf16be-nobom.html", "UTF-16BE without a byte order mark", HostileOutcome.Warned("byte order mark"), Encoding.BigEndianUnicode.GetBytes(article));
        Bytes("utf32le-bom.txt", "UTF-32LE with a byte order mark", HostileOutcome.Article, [0xFF, 0xFE, 0x00, 0x00, .. new UTF32Encoding(false, false).GetBytes(story)]);
        Bytes("utf8-bom.html", "UTF-8 with a byte order mark", HostileOutcome.Article, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(article)]);
        Bytes("cp1251.txt", "Cyrillic in windows-1251, undeclared", HostileOutcome.Article, CodePage(1251, "Совет города во вторник одобрил новый бюджет для школ и дорог.\n\nМэр сказал, что мост через реку откроют в мае.\n"));
        Bytes("nul-in-text.txt", "a text page with three stray NUL bytes", HostileOutcome.Warned("NUL"), [.. Encoding.UTF8.GetBytes(story[..40]), 0, .. Encoding.UTF8.GetBytes(story[40..80]), 0, 0, .. Encoding.UTF8.GetBytes(story[80..])]);

        // Line ends and gzip.
        Text("crlf.txt", "a dump with CRLF line ends", HostileOutcome.Article, ("Bridge to reopen in May\n\n" + story).Replace("\n", "\r\n", StringComparison.Ordinal));
        Text("cr-only.txt", "a dump with CR-only line ends", HostileOutcome.Article, ("Bridge to reopen in May\n\n" + story).Replace('\n', '\r'));
        var gz = Gzip(Encoding.UTF8.GetBytes(article));
        var variedGz = Gzip(Encoding.UTF8.GetBytes(varied));
        Bytes("truncated.html.gz", "gzip cut in half", HostileOutcome.Warned("truncated"), variedGz[..(variedGz.Length / 2)]);
        var textGz = Gzip(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(story, 20))));
        Bytes("truncated.txt.gz", "a text dump whose gzip is cut off", HostileOutcome.Warned("truncated"), textGz[..(textGz.Length * 2 / 3)]);
        Bytes("cut-header.html.gz", "gzip cut inside its header", HostileOutcome.Failure(ErrorKinds.Truncated), gz[..6]);
        var half = article.Length / 2;
        Bytes("members.html.gz", "a page in two concatenated gzip members", HostileOutcome.Article, [.. Gzip(Encoding.UTF8.GetBytes(article[..half])), .. Gzip(Encoding.UTF8.GetBytes(article[half..]))]);
        Bytes("plain-named.html.gz", "plain HTML named .gz", HostileOutcome.Article, Encoding.UTF8.GetBytes(article.Replace("fine", "plain", StringComparison.Ordinal)));

        // JSON Lines.
        Many(
            "bad-lines.jsonl",
            "JSON Lines with invalid JSON, a non-object, a string, a line without text, a number as text, and one good line",
            [HostileOutcome.Failure(ErrorKinds.Malformed), HostileOutcome.Failure(ErrorKinds.Malformed), HostileOutcome.Failure(ErrorKinds.Malformed), HostileOutcome.Failure(ErrorKinds.Malformed), HostileOutcome.Failure(ErrorKinds.Malformed), HostileOutcome.Article],
            "{not json\n[1,2,3]\n\"str\"\n{\"id\":\"no-text\",\"title\":\"x\"}\n{\"id\":\"number\",\"text\":12345}\n{\"id\":\"good-line\",\"title\":\"Good\",\"text\":\"The city opened a new library on Saturday. Hundreds of people came to see it.\"}\n");
        Text("huge-line.jsonl", "a JSON line beyond the page limit", HostileOutcome.Failure(ErrorKinds.Oversize), "{\"id\":\"big\",\"text\":\"" + new string('a', (int)PageLimit + 10) + "\"}\n");
        Bytes("invalid-utf8.jsonl", "a JSON line with invalid UTF-8", HostileOutcome.Failure(ErrorKinds.Encoding), [.. Encoding.UTF8.GetBytes("{\"id\":\"bad-utf8\",\"text\":\"caf"), 0xC3, 0x28, .. Encoding.UTF8.GetBytes(" is open\"}\n")]);
        Bytes("bom.jsonl", "JSON Lines starting with a byte order mark", HostileOutcome.Article, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("{\"id\":\"bom-line\",\"text\":\"" + story.Replace("the bridge", "the north bridge", StringComparison.Ordinal).ReplaceLineEndings("\\n") + "\"}\n")]);
        Text("huge-number.jsonl", "numbers beyond double in the id and fields", HostileOutcome.Article, "{\"id\":1e400,\"date\":123456789012345678901234567890,\"text\":\"" + story.Replace("the bridge", "the south bridge", StringComparison.Ordinal).ReplaceLineEndings("\\n") + "\"}\n");
        Text("deep-json.jsonl", "a line of 10,000 nested arrays", HostileOutcome.Failure(ErrorKinds.Malformed), new string('[', 10_000) + new string(']', 10_000) + "\n");
        Text("nul-escape.jsonl", "a text holding \\u0000", HostileOutcome.Warned("NUL"), "{\"id\":\"nul\",\"text\":\"" + story[..60].ReplaceLineEndings(" ") + "\\u0000" + story[60..].ReplaceLineEndings("\\n") + "\"}\n");
        Many(
            "cut.jsonl",
            "JSON Lines cut off inside the last line",
            [HostileOutcome.Article, HostileOutcome.Failure(ErrorKinds.Truncated)],
            "{\"id\":\"whole\",\"text\":\"" + story.Replace("the bridge", "the east bridge", StringComparison.Ordinal).ReplaceLineEndings("\\n") + "\"}\n{\"id\":\"cut\",\"text\":\"The council me");
        Text("empty.jsonl", "a JSON Lines file with no lines", HostileOutcome.Skipped("no JSON lines"), string.Empty);
        Text("blank.jsonl", "a JSON Lines file of blank lines", HostileOutcome.Skipped("no JSON lines"), "\n\n  \n");

        // WARC.
        Many("malformed.warc", "a WARC record with a broken Content-Length, then a good one", [HostileOutcome.Failure(ErrorKinds.Malformed), HostileOutcome.Article], WarcRecord("resource", "text/html", "banana", "<p>lost</p>") + WarcRecord("resource", "text/html", null, article));
        Many("no-version.warc", "garbage before the first WARC record", [HostileOutcome.Failure(ErrorKinds.Malformed), HostileOutcome.Article], "GARBAGE LINE\r\nMORE GARBAGE\r\n" + WarcRecord("resource", "text/html", null, article.Replace("fine", "second", StringComparison.Ordinal)));
        Text("huge-length.warc", "a record declaring a terabyte block", HostileOutcome.Failure(ErrorKinds.Oversize), WarcRecord("resource", "text/html", "1000000000000", article));
        var longer = WarcRecord("resource", "text/html", (Encoding.UTF8.GetByteCount(article) + 5000).ToString(System.Globalization.CultureInfo.InvariantCulture), article.Replace("fine", "long", StringComparison.Ordinal));
        Text("length-too-long.warc", "a record whose Content-Length runs past the end of the file", HostileOutcome.Warned("truncated"), longer);
        Many(
            "length-too-short.warc",
            "a record whose Content-Length stops short, then a good record",
            [HostileOutcome.Either, HostileOutcome.Failure(ErrorKinds.Malformed), HostileOutcome.Article],
            WarcRecord("resource", "text/html", "200", article.Replace("fine", "short", StringComparison.Ordinal)) + WarcRecord("resource", "text/html", null, article.Replace("fine", "after", StringComparison.Ordinal)));
        var warcGz = Gzip(Encoding.UTF8.GetBytes(WarcRecord("resource", "text/html", null, article.Replace("fine", "third", StringComparison.Ordinal))))
            .Concat(Gzip(Encoding.UTF8.GetBytes(WarcRecord("resource", "text/html", null, article.Replace("fine", "fourth", StringComparison.Ordinal))))).ToArray();
        File.WriteAllBytes(Path.Combine(directory, "truncated.warc.gz"), warcGz[..^40]);
        files.Add(new HostileFile("truncated.warc.gz", "two gzip members, the second cut off", [HostileOutcome.Article, HostileOutcome.Either]));
        Many("bad-chunked.warc", "an HTTP response whose chunked encoding is broken", [HostileOutcome.Either], WarcRecord("response", "application/http; msgtype=response", null, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n" + article + "\r\n"));
        Many("requests-only.warc", "a WARC of requests and metadata only", [HostileOutcome.Skipped("no HTML pages")], WarcRecord("request", "application/http; msgtype=request", null, "GET / HTTP/1.1\r\nHost: example.org\r\n\r\n") + WarcRecord("metadata", "text/plain", null, "via: x"));
        Text("empty.warc", "an empty WARC file", HostileOutcome.Skipped("no HTML pages"), string.Empty);
        Bytes("garbage.warc.gz", "random bytes named .warc.gz", HostileOutcome.Either, noise[..3000]);

        // Red-team pass, nineteenth sitting: shapes that once crashed a run, hung it or lost a page.
        var badCrc = Gzip(Encoding.UTF8.GetBytes(article.Replace("fine", "checksum", StringComparison.Ordinal)));
        badCrc[^8] ^= 0xFF;
        Bytes("bad-crc.html.gz", "a gzip whose trailer checksum is wrong (the whole page was lost)", HostileOutcome.Warned("wrong checksum"), badCrc);
        static byte[] Http(string headers, byte[] body) => [.. Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n{headers}\r\n"), .. body];
        ManyBytes(
            "br-garbage.warc",
            "a response whose Content-Encoding: br body is not Brotli, then a good record (the decoder's exception ended the run)",
            [HostileOutcome.Either, HostileOutcome.Article],
            [.. WarcRecordBytes("response", "application/http; msgtype=response", Http("Content-Encoding: br\r\n", [.. noise[..2000]])), .. Encoding.UTF8.GetBytes(WarcRecord("resource", "text/html", null, article.Replace("fine", "brotli-neighbour", StringComparison.Ordinal)))]);
        ManyBytes(
            "gzip-bomb-body.warc",
            "a response whose gzip body inflates to 16 MiB of zeros, then a good record",
            [HostileOutcome.Failure(ErrorKinds.Oversize), HostileOutcome.Article],
            [.. WarcRecordBytes("response", "application/http; msgtype=response", Http("Content-Encoding: gzip\r\n", Gzip(new byte[16 * 1024 * 1024]))), .. Encoding.UTF8.GetBytes(WarcRecord("resource", "text/html", null, article.Replace("fine", "bomb-neighbour", StringComparison.Ordinal)))]);
        Many(
            "folded-header.warc",
            "a record header of 400,000 folded continuation lines (32 s of CPU), then a good record",
            [HostileOutcome.Failure(ErrorKinds.Malformed), HostileOutcome.Article],
            "WARC/1.0\r\nWARC-Type: resource\r\nX-Folded: a\r\n" + string.Concat(Enumerable.Repeat(" c\r\n", 400_000)) + "Content-Length: 2\r\n\r\nxx\r\n\r\n" +
            WarcRecord("resource", "text/html", null, article.Replace("fine", "folded-neighbour", StringComparison.Ordinal)));
        Text("lone-surrogate.jsonl", "a JSON line holding a lone surrogate escape (the line was an encoding failure)", HostileOutcome.Warned("lone surrogate"), "{\"id\":\"lone\",\"text\":\"The ferry \\ud83d left the harbour at noon on Sunday, and the council said the west pier would reopen.\"}\n");

        // Red-team pass, twentieth sitting: nesting the depth guard did not see (it lowered its count at any end tag and
        // took "/>" as closing any element), which AngleSharp builds in time quadratic in the depth (100,000 deep: past
        // the 60 s limit, the parse not cancellable).
        Text("self-closing-divs.html", "20,000 \"<div/>\" (the slash closes nothing in HTML)", HostileOutcome.Failure(ErrorKinds.Malformed), "<html><body>" + string.Concat(Enumerable.Repeat("<div/>", 20_000)) + "deep</body></html>");
        Text("stray-end-tags.html", "20,000 \"<div></x>\" (an end tag with nothing of its name open)", HostileOutcome.Failure(ErrorKinds.Malformed), "<html><body>" + string.Concat(Enumerable.Repeat("<div></x>", 20_000)) + "deep</body></html>");

        // The walk: names, links and things that are not files.
        Bytes("spaces and ünïcode.html", "a name with spaces and accents", HostileOutcome.Article, Encoding.UTF8.GetBytes(article.Replace("fine", "spaced", StringComparison.Ordinal)));
        Bytes(new string('n', 240) + ".html", "a 245-byte file name", HostileOutcome.Article, Encoding.UTF8.GetBytes(article.Replace("fine", "named", StringComparison.Ordinal)));
        Bytes(".hidden.html", "a hidden file", HostileOutcome.Skipped("hidden"), Encoding.UTF8.GetBytes(article));
        Directory.CreateDirectory(Path.Combine(directory, ".git"));
        File.WriteAllText(Path.Combine(directory, ".git", "config.html"), article);
        files.Add(new HostileFile(".git", "a hidden directory", HostileOutcome.Skipped("hidden")));
        Bytes("image.png", "a file that is not a page", HostileOutcome.Skipped("not a page"), noise[..100]);
        Bytes("README", "a file without an extension", HostileOutcome.Skipped("not a page"), "read me"u8.ToArray());
        Bytes("duplicate-a.html", "a page whose twin is stored under another name", HostileOutcome.Article, Encoding.UTF8.GetBytes(article.Replace("fine", "twin", StringComparison.Ordinal)));
        Bytes("duplicate-b.html", "the twin (ingest skips it as already stored)", HostileOutcome.Either, Encoding.UTF8.GetBytes(article.Replace("fine", "twin", StringComparison.Ordinal)));
        Directory.CreateDirectory(Path.Combine(directory, "empty-dir"));
        files.Add(new HostileFile("empty-dir", "an empty directory (nothing to say)", []));
        if (OperatingSystem.IsLinux())
        {
            Link("loop", ".", "a directory link back to the folder", HostileOutcome.Skipped("already read"));
            Link("self.html", "self.html", "a link to itself", HostileOutcome.Failure(ErrorKinds.Unreadable));
            Link("broken.html", "missing.html", "a link to nothing", HostileOutcome.Failure(ErrorKinds.Unreadable));
            Link("twin-link.html", GoodHtml, "a second link to a page already read", HostileOutcome.Skipped("same file"));
            Link("zero.html", "/dev/zero", "a link to a device", HostileOutcome.Failure(ErrorKinds.NotAFile));
            Run("mkfifo", Path.Combine(directory, "pipe.html"));
            files.Add(new HostileFile("pipe.html", "a named pipe", HostileOutcome.Failure(ErrorKinds.NotAFile)));
            // .NET removes a socket's file when the socket is disposed: this one stays open while the tests run.
            var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            socket.Bind(new UnixDomainSocketEndPoint(Path.Combine(directory, "socket.html")));
            OpenSockets.Add(socket);

            files.Add(new HostileFile("socket.html", "a socket", HostileOutcome.Failure(ErrorKinds.NotAFile)));
            Run("bash", "-c", $"cp '{Path.Combine(directory, GoodHtml)}' \"$(printf '{directory}/caf\\351.html')\" && sed -i 's/good story/latin story/' \"$(printf '{directory}/caf\\351.html')\"");
            files.Add(new HostileFile("caf\\xe9.html", "a file name that is not UTF-8", HostileOutcome.Article));
        }

        if (large)
        {
            Text("siblings-100k.html", "100,000 sibling elements", HostileOutcome.Article, "<html><body>" + string.Concat(Enumerable.Range(0, 100_000).Select(i => $"<p>Paragraph {i} of a very long page.</p>")) + "</body></html>");
            Text("million-lines.txt", "a dump of a million short lines", HostileOutcome.Either, string.Concat(Enumerable.Range(0, 1_000_000).Select(i => $"l{i}\n")));
            var tiny = Path.Combine(directory, "tiny");
            Directory.CreateDirectory(tiny);
            for (var i = 0; i < TinyFiles; i++)
            {
                File.WriteAllText(Path.Combine(tiny, $"{i:000000}.txt"), $"Tiny page {i}.");
            }

            files.Add(new HostileFile("tiny", $"a directory of {TinyFiles:N0} tiny files", HostileOutcome.Either));
        }

        return files;

        void Link(string name, string target, string what, HostileOutcome expected)
        {
            File.CreateSymbolicLink(Path.Combine(directory, name), target);
            files.Add(new HostileFile(name, what, expected));
        }
    }

    private static readonly System.Collections.Concurrent.ConcurrentBag<Socket> OpenSockets = [];

    /// <summary>
    /// Deletes a folder holding generated files. .NET cannot delete a file whose name is not UTF-8 (it sees the name
    /// with U+FFFD), so on Unix the folder goes with rm -rf.
    /// </summary>
    public static void Delete(string directory)
    {
        if (!Directory.Exists(directory))
        {
            return;
        }

        if (OperatingSystem.IsWindows())
        {
            Directory.Delete(directory, recursive: true);
        }
        else
        {
            Run("rm", "-rf", "--", directory);
        }
    }

    /// <summary>How many files the large set's directory of tiny files holds.</summary>
    public const int TinyFiles = 100_000;

    private static void Run(string program, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(program, args) { UseShellExecute = false })!;
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} exited with {process.ExitCode}");
        }
    }

    private static byte[] WarcRecordBytes(string type, string contentType, byte[] block)
        => [.. Encoding.ASCII.GetBytes($"WARC/1.0\r\nWARC-Type: {type}\r\nWARC-Target-URI: http://example.org/{type}/{block.Length}\r\nContent-Type: {contentType}\r\nContent-Length: {block.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)}\r\n\r\n"), .. block, .. "\r\n\r\n"u8];

    private static string WarcRecord(string type, string contentType, string? length, string block)
        => $"WARC/1.0\r\nWARC-Type: {type}\r\nWARC-Target-URI: http://example.org/{type}/{block.Length}\r\nContent-Type: {contentType}\r\n" +
           $"Content-Length: {length ?? Encoding.UTF8.GetByteCount(block).ToString(System.Globalization.CultureInfo.InvariantCulture)}\r\n\r\n{block}\r\n\r\n";

    private static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(data);
        }

        return output.ToArray();
    }

    private static byte[] CodePage(int codePage, string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(codePage).GetBytes(text);
    }

    /// <summary>A one-file tar archive: a 512-byte header (name, octal size, checksum) then the data in 512-byte blocks.</summary>
    private static byte[] Tar(string name, byte[] data)
    {
        var header = new byte[512];
        Encoding.ASCII.GetBytes(name).CopyTo(header, 0);
        Encoding.ASCII.GetBytes("0000644\0").CopyTo(header, 100);
        Encoding.ASCII.GetBytes(Convert.ToString(data.Length, 8).PadLeft(11, '0') + "\0").CopyTo(header, 124);
        Encoding.ASCII.GetBytes("ustar\0").CopyTo(header, 257);
        header[156] = (byte)'0';
        for (var i = 148; i < 156; i++)
        {
            header[i] = (byte)' ';
        }

        var sum = header.Sum(b => b);
        Encoding.ASCII.GetBytes(Convert.ToString(sum, 8).PadLeft(6, '0') + "\0 ").CopyTo(header, 148);
        var body = new byte[(data.Length + 511) / 512 * 512];
        data.CopyTo(body, 0);
        return [.. header, .. body, .. new byte[1024]];
    }
}
