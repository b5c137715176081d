using Dateline.Core.Model;

namespace Dateline.Language.Tests.Quotes;

public class QuoteSpecTests
{
    public static TheoryData<string, string> Cases => SpecFile.Titles("quotes.spec");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Spec(string file, string title)
    {
        var c = SpecFile.Case(file, title);
        var doc = KnowledgePipeline.Run(c);
        var quotes = doc.Layer<Quote>().Select(q => (
            Kind: q.Kind.ToString().ToLowerInvariant(),
            Text: doc.TextOf(q.Span),
            q.Cue,
            Speaker: q.SpeakerMention is { } s ? doc.TextOf(s) : null,
            q.SpeakerId)).ToList();
        foreach (var e in c.All("expect"))
        {
            var p = SpecFile.Parts(e);
            Assert.Contains((p[0], KnowledgePipeline.Unescape(p[1]), p[2], p[3]), quotes.Select(q => (q.Kind, q.Text, q.Cue, q.Speaker)));
        }

        foreach (var s in c.All("speaker"))
        {
            var p = SpecFile.Parts(s);
            Assert.Contains(quotes, q => q.Text.Contains(p[0], StringComparison.Ordinal) && q.SpeakerId == p[1]);
        }

        foreach (var word in c.All("none"))
        {
            Assert.DoesNotContain(quotes, q => q.Text.Contains(word, StringComparison.Ordinal));
        }
    }
}
