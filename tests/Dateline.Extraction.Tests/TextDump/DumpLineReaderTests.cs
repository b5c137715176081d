using Dateline.Extraction.TextDump;

namespace Dateline.Extraction.Tests.TextDump;

/// <summary>How the reader measures a line's sentence shape.</summary>
public class DumpLineReaderTests
{
    private static DumpLine Read(string line) => DumpLineReader.Read([line], 0, ChromeLexicon.Default)[0];

    /// <summary>
    /// A link round-up's item, a sentence followed by its source in brackets, ends a sentence (PolNeAR train: such items
    /// of a polling newsletter were cut as navigation); a bracketed label after words that close no sentence does not.
    /// </summary>
    [Theory]
    [InlineData("-Nate Cohn explains why the polls were way off on Donald Trump. [NYT.]", true)]
    [InlineData("-Americans are more optimistic about the economy than it may seem. [WashPost]", true)]
    [InlineData("Photos of the flooded streets [1 of 5]", false)]
    [InlineData("[Photo]", false)]
    [InlineData("The council voted on Tuesday.", true)]
    public void ASentenceBeforeItsBracketedSourceEndsTheLine(string line, bool endsSentence)
        => Assert.Equal(endsSentence, Read(line).EndsSentence);
}
