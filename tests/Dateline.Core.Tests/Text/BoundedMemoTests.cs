using Dateline.Core.Text;

namespace Dateline.Core.Tests.Text;

public class BoundedMemoTests
{
    [Fact]
    public void ComputesEachKeyOnceWhileBelowTheBound()
    {
        var calls = 0;
        var memo = new BoundedMemo<int>(key => { calls++; return key.Length; }, capacity: 10);
        Assert.Equal(3, memo["abc"]);
        Assert.Equal(3, memo["abc"]);
        Assert.Equal(0, memo[""]);
        Assert.Equal(2, calls);
    }

    [Fact]
    public void PastTheBoundAnswersAreComputedAndNotKept()
    {
        var calls = 0;
        var memo = new BoundedMemo<int>(key => { calls++; return key.Length; }, capacity: 1);
        Assert.Equal(1, memo["a"]);
        Assert.Equal(2, memo["bb"]);
        Assert.Equal(2, memo["bb"]);
        Assert.Equal(1, memo["a"]);
        Assert.Equal(3, calls);
    }

    [Fact]
    public void EveryThreadGetsTheSameAnswers()
    {
        var memo = new BoundedMemo<string>(key => key.ToUpperInvariant(), capacity: 100);
        var keys = Enumerable.Range(0, 200).Select(i => "name-" + (i % 50)).ToArray();
        var answers = new string[4][];
        Parallel.For(0, answers.Length, t => answers[t] = [.. keys.Select(k => memo[k])]);
        foreach (var answer in answers)
        {
            Assert.Equal(keys.Select(k => k.ToUpperInvariant()), answer);
        }
    }

    [Fact]
    public void TheFirstThreadsTableAndTheOthersKeepTheSameBound()
    {
        var calls = 0;
        var memo = new BoundedMemo<int>(key => { Interlocked.Increment(ref calls); return key.Length; }, capacity: 2);
        Assert.Equal(1, memo["a"]);
        var other = new Thread(() =>
        {
            Assert.Equal(1, memo["a"]);
            Assert.Equal(1, memo["a"]);
        });
        other.Start();
        other.Join();
        Assert.Equal(1, memo["a"]);

        // One computation on this thread, one on the other: each thread remembers in its own table.
        Assert.Equal(2, calls);
    }
}
