using Dateline.Core.Model;
using Dateline.Language.Quotes;

namespace Dateline.Language.Tests;

/// <summary>
/// Odd texts never fail a document through the whole language pipeline; the spans the document's constructor does
/// not check (a quote's speaker and cue) still lie inside the text.
/// </summary>
public class RobustnessTests
{
    private static readonly Core.Pipeline.Pipeline Pipeline = Pipelines.GivenText;

    public static TheoryData<string> Texts => new()
    {
        "\"",
        "“ ” \" '' `` \" “",
        "\"Unclosed quote that never ends, he said",
        "said said said said, according to according to.",
        new string('"', 500),
        string.Join(' ', Enumerable.Repeat("1,000,000,000 days ago $ € 4-6-8 % 12:00 a.m. Friday's", 50)),
        new string('x', 20_000),
        "He said: \n\n\n\n“\n\n”",
        "Backed by , and , or . Opposed by",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void OddTextsAreAnnotatedWithSpansInBounds(string text)
    {
        var result = Pipeline.Process(Document.FromText("odd", text, new ArticleMetadata { Published = "2021-08-19" }));
        Assert.True(result.Succeeded, result.Error?.Message);
        var doc = result.Document!;
        var spans = doc.Layer<Quote>().Select(q => q.SpeakerMention).Concat(doc.Layer<Quote>().Select(q => q.CueSpan)).OfType<TextSpan>();
        Assert.All(spans, s => Assert.True(s.End <= text.Length, $"span {s} outside a text of {text.Length}"));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n\t ")]
    public void BlankGivenTextIsAFailureOfKindEmpty(string text)
    {
        var result = Pipeline.Process(Document.FromText("blank", text, new ArticleMetadata()));
        Assert.False(result.Succeeded);
        Assert.Equal(Core.Pipeline.ErrorKinds.Empty, result.Error!.Kind);
    }
}
