using Dateline.Core.Model;
using Dateline.Core.Pipeline;
using Dateline.Extraction.Given;

namespace Dateline.Extraction.Tests.Given;

public class GivenTextReaderTests
{
    [Fact]
    public void TextStaysAsGivenAndParagraphsAreBlocksBetweenBlankLines()
    {
        const string text = "  First block\nstill first.\n\n \nSecond block.\n\n\nThird.  ";
        var result = new PipelineBuilder().Add(new GivenTextReader()).Build().Process(Document.FromText("t", text));
        Assert.True(result.Succeeded);
        Assert.Equal(text, result.Document.Text);
        var paragraphs = result.Document.Paragraphs.Select(p => result.Document.TextOf(p.Span)).ToList();
        Assert.Equal(["First block\nstill first.", "Second block.", "Third."], paragraphs);
    }

    [Fact]
    public void EmptyTextGivesNoParagraphs() => Assert.Empty(GivenTextReader.Blocks("\n \n"));
}
