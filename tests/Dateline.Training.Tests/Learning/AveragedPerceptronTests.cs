using Dateline.Training.Learning;

namespace Dateline.Training.Tests.Learning;

public class AveragedPerceptronTests
{
    [Fact]
    public void Weights_are_averaged_over_every_step_since_they_changed()
    {
        var p = new AveragedPerceptron<string>(2);
        p.Tick();
        p.Update(["a"], gold: 0, guess: 1); // a: +1 / -1 from step 1
        p.Tick();
        p.Update(["a"], gold: 1, guess: 1); // agreeing: no change
        p.Tick();
        p.Adjust(["b"], 1, +2); // b: class 1 +2 from step 3
        Assert.Equal(["a"], p.Averaged(StringComparer.Ordinal, minWeight: 0.01f).Select(r => r.Feature)); // b has weighed nothing yet
        p.Tick();
        var averaged = p.Averaged(StringComparer.Ordinal, minWeight: 0.01f);
        Assert.Equal(["a", "b"], averaged.Select(r => r.Feature));
        Assert.Equal([(0, 3f / 4), (1, -3f / 4)], averaged[0].Row);
        Assert.Equal([(1, 2f / 4)], averaged[1].Row);

        Span<float> scores = stackalloc float[2];
        p.Score(["a", "b", "unseen"], scores);
        Assert.Equal(1f, scores[0]);
        Assert.Equal(1f, scores[1]); // current weights, not averaged: a -1, b +2
    }
}
