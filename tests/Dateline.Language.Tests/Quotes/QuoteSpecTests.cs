using Dateline.Language.Quotes;

namespace Dateline.Language.Tests.Quotes;

public class QuoteSpecTests
{
    public static TheoryData<string, string> Cases => SpecFile.Titles("quotes.spec");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Spec(string file, string title)
    {
        var c = SpecFile.Case(file, title);
        var doc = SpecRun.Run(c);
        var withIds = c.All("entity").Any();
        var quotes = doc.Layer<Quote>().Select(q => (
            Kind: q.Kind.ToString().ToLowerInvariant(),
            Text: doc.TextOf(q.Span),
            Cue: q.Cue ?? "-",
            Speaker: q.SpeakerMention is { } s ? doc.TextOf(s) : "-",
            SpeakerId: q.SpeakerId ?? "-")).ToList();
        string Line(string kind, string text, string cue, string speaker, string id) => $"{kind} | {text} | {cue} | {speaker}" + (withIds ? $" | {id}" : string.Empty);
        SpecRun.AssertExactly(
            c,
            quotes.Select(q => Line(q.Kind, q.Text, q.Cue, q.Speaker, q.SpeakerId)),
            p => Line(p[0], SpecRun.Unescape(p[1]), p[2], p[3], p.Length > 4 ? p[4] : "-"));

        foreach (var s in c.All("speaker"))
        {
            var p = SpecFile.Parts(s);
            Assert.Contains(quotes, q => q.Text.Contains(p[0], StringComparison.Ordinal) && q.SpeakerId == p[1]);
        }

        // "name: <words of the quote> | <speakerName>": the name the output gives the quote's speaker
        foreach (var n in c.All("name"))
        {
            var p = SpecFile.Parts(n);
            Assert.Contains(doc.Layer<Quote>(), q => doc.TextOf(q.Span).Contains(p[0], StringComparison.Ordinal) && QuotesLayer.SpeakerName(doc, q) == p[1]);
        }

        foreach (var word in c.All("none"))
        {
            Assert.DoesNotContain(quotes, q => q.Text.Contains(word, StringComparison.Ordinal));
        }
    }
}
