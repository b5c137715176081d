using Dateline.Core.Text;

namespace Dateline.Core.Tests.Text;

public class AsciiSetTests
{
    [Fact]
    public void HoldsEachAsciiCodeInItsHalf()
    {
        foreach (char c in new[] { '\0', '?', '@', 'a', '\u007f' })
        {
            var set = AsciiSet.Of(c);
            Assert.True(set.Contains(c));
            Assert.Equal(c, set.Lowest);
            Assert.False(set.Contains((char)((c + 1) % 128)));
            Assert.True(set.Without(c).IsEmpty);
        }

        Assert.True(AsciiSet.Of('é').IsEmpty);
        Assert.False(AsciiSet.All.Contains('é'));
    }

    [Fact]
    public void WalksItsMembersInOrder()
    {
        var set = AsciiSet.Of('z') | AsciiSet.Of('A') | AsciiSet.Of(' ') | AsciiSet.Of('0');
        var seen = new List<int>();
        for (int c = set.Lowest; c >= 0; set = set.Without(c), c = set.Lowest)
        {
            seen.Add(c);
        }

        Assert.Equal([' ', '0', 'A', 'z'], seen.Select(c => (char)c));
        Assert.Equal(-1, AsciiSet.Empty.Lowest);
    }

    [Fact]
    public void CombinesLikeSetsOfBits()
    {
        var letters = AsciiSet.Of('a') | AsciiSet.Of('b');
        Assert.Equal(AsciiSet.Of('a'), letters & AsciiSet.Of('a'));
        Assert.False((~letters).Contains('a'));
        Assert.True((~letters).Contains('c'));
        Assert.Equal(AsciiSet.All, letters | ~letters);
    }
}
