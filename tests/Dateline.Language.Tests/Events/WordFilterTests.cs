using Dateline.Language.Events;

namespace Dateline.Language.Tests.Events;

public class WordFilterTests
{
    [Fact]
    public void Never_says_no_to_a_listed_word_and_says_no_to_most_others()
    {
        var random = new Random(20);
        string Word() => new([.. Enumerable.Range(0, random.Next(1, 9)).Select(_ => (char)('a' + random.Next(26)))]);
        var listed = Enumerable.Range(0, 2000).Select(_ => Word()).Append("").Append("’s").ToHashSet(StringComparer.Ordinal);
        var filter = new WordFilter(listed);
        Assert.All(listed, w => Assert.True(filter.MayContain(w)));
        Assert.True(filter.MayContain(new string("’s".AsSpan()))); // by its characters, not the instance

        var others = Enumerable.Range(0, 5000).Select(_ => Word()).Where(w => !listed.Contains(w)).ToList();
        Assert.True(others.Count(filter.MayContain) < others.Count / 5);
    }
}
