using Dateline.Core.Text;

namespace Dateline.Core.Tests.Text;

public class AsciiWordTableTests
{
    [Fact]
    public void LooksWordsUpIgnoringCaseWithTheirClasses()
    {
        var table = new AsciiWordTable([("said", 1UL), ("Says", 2UL), ("said", 4UL), ("according", 8UL)]);
        Assert.Equal(5UL, table.Classes("said"));
        Assert.Equal(5UL, table.Classes("SAID"));
        Assert.Equal(2UL, table.Classes("says"));
        Assert.Equal(8UL, table.Classes("According"));
        Assert.Equal(0UL, table.Classes("sai"));
        Assert.Equal(0UL, table.Classes("saidx"));
        Assert.Equal(0UL, table.Classes("s@id"));
        Assert.Equal(0UL, table.Classes(string.Empty));
        Assert.Equal(3, table.Count);
    }

    [Fact]
    public void FindsEveryListedWordAmongManyAndNoOther()
    {
        var random = new Random(3);
        var words = Enumerable.Range(0, 500).Select(_ => new string([.. Enumerable.Range(0, random.Next(1, 40)).Select(_ => (char)('a' + random.Next(26)))])).Distinct().ToList();
        var listed = words.Take(250).ToHashSet();
        var table = new AsciiWordTable(listed.Select(w => (w, 1UL)));
        foreach (var w in words)
        {
            Assert.Equal(listed.Contains(w) ? 1UL : 0UL, table.Classes(w.ToUpperInvariant()));
        }
    }

    [Fact]
    public void RefusesWordsOtherThanAsciiLetters()
    {
        Assert.Throws<ArgumentException>(() => new AsciiWordTable([("pointed out", 1UL)]));
        Assert.Throws<ArgumentException>(() => new AsciiWordTable([("café", 1UL)]));
        Assert.Throws<ArgumentException>(() => new AsciiWordTable([(string.Empty, 1UL)]));
    }

    [Fact]
    public void WalksTheRunsOfAsciiLetters()
    {
        const string Text = "“Co-signed,” he said: x2y  Kelvin\u212Aé";
        var runs = new List<string>();
        for (int from = 0; AsciiWordTable.NextWord(Text, ref from, out int start, out int length);)
        {
            runs.Add(Text.Substring(start, length));
        }

        Assert.Equal(["Co", "signed", "he", "said", "x", "y", "Kelvin"], runs);
        Assert.Equal("pointed", AsciiWordTable.LeadingLetters("pointed out"));
        Assert.Equal(string.Empty, AsciiWordTable.LeadingLetters("'til"));
        Assert.True(AsciiWordTable.HasEngineAsciiFold("a \u212A"));
        Assert.False(AsciiWordTable.HasEngineAsciiFold("a K"));
    }
}
