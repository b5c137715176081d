using Dateline.Language.Entities;

namespace Dateline.Training.Entities;

/// <summary>
/// One stochastic-gradient step of a linear-chain CRF (Lafferty et al. 2001) on one sentence: scaled
/// forward-backward over the transitions the label scheme allows gives each token's label marginals and each
/// adjacent pair's; every weight moves by rate × (observed − expected). Updates go through the same averaging
/// accumulators as the perceptron's, so the model is the average of the SGD iterates (averaged SGD).
/// </summary>
internal sealed class CrfGradient(int labelCount, bool[] allowed, LabelScheme scheme)
{
    private float[] _scores = [];
    private double[] _alpha = [];
    private double[] _beta = [];
    private double[] _emission = [];
    private double[] _norm = [];
    private readonly double[] _expTransitions = new double[(labelCount + 1) * labelCount];
    private readonly double[] _marginal = new double[labelCount];

    /// <summary>Applies the step and returns the sentence's log-likelihood before it.</summary>
    public double Step(int[] features, int[] offsets, int[] gold, float[] weights, float[] accumulated, float[] transitions, float[] transitionsAccumulated, float rate, float step)
    {
        int n = gold.Length;
        int l = labelCount;
        if (_scores.Length < n * l)
        {
            _scores = new float[n * l * 2];
            _alpha = new double[n * l * 2];
            _beta = new double[n * l * 2];
            _emission = new double[n * l * 2];
            _norm = new double[n * 2];
        }

        var scores = _scores;
        NerTrainer.Emissions(features, offsets, n, weights, l, scores);

        for (int t = 0; t < _expTransitions.Length; t++)
        {
            _expTransitions[t] = allowed[t] ? Math.Exp(transitions[t]) : 0;
        }

        // Emissions as exp(score − max) per token; the max goes into the log normaliser.
        double logZ = 0;
        for (int i = 0; i < n; i++)
        {
            int row = i * l;
            float max = float.NegativeInfinity;
            for (int y = 0; y < l; y++)
            {
                max = Math.Max(max, scores[row + y]);
            }

            for (int y = 0; y < l; y++)
            {
                _emission[row + y] = Math.Exp(scores[row + y] - max);
            }

            logZ += max;
        }

        // Forward, each position normalised to sum 1 (the norms go into logZ).
        for (int i = 0; i < n; i++)
        {
            int row = i * l;
            double sum = 0;
            for (int y = 0; y < l; y++)
            {
                double inflow = 0;
                if (i == 0)
                {
                    inflow = _expTransitions[(l * l) + y];
                }
                else
                {
                    int previous = row - l;
                    for (int p = 0; p < l; p++)
                    {
                        inflow += _alpha[previous + p] * _expTransitions[(p * l) + y];
                    }
                }

                double a = inflow * _emission[row + y];
                _alpha[row + y] = a;
                sum += a;
            }

            _norm[i] = sum;
            for (int y = 0; y < l; y++)
            {
                _alpha[row + y] /= sum;
            }

            logZ += Math.Log(sum);
        }

        // Backward with the same norms, so alpha × beta / total is the marginal.
        int last = (n - 1) * l;
        for (int y = 0; y < l; y++)
        {
            _beta[last + y] = scheme.AllowedLast(y) ? 1 : 0;
        }

        for (int i = n - 2; i >= 0; i--)
        {
            int row = i * l;
            int next = row + l;
            for (int p = 0; p < l; p++)
            {
                double outflow = 0;
                for (int y = 0; y < l; y++)
                {
                    outflow += _expTransitions[(p * l) + y] * _emission[next + y] * _beta[next + y];
                }

                _beta[row + p] = outflow / _norm[i + 1];
            }
        }

        double total = 0;
        for (int y = 0; y < l; y++)
        {
            total += _alpha[last + y] * _beta[last + y];
        }

        logZ += Math.Log(total);

        // Observed minus expected, token by token.
        double goldScore = 0;
        for (int i = 0; i < n; i++)
        {
            int row = i * l;
            int g = gold[i];
            goldScore += scores[row + g] + transitions[((i == 0 ? l : gold[i - 1]) * l) + g];
            for (int y = 0; y < l; y++)
            {
                _marginal[y] = _alpha[row + y] * _beta[row + y] / total;
            }

            for (int j = offsets[i]; j < offsets[i + 1]; j++)
            {
                int bucket = features[j];
                if (bucket < 0)
                {
                    continue;
                }

                long w = (long)bucket * l;
                for (int y = 0; y < l; y++)
                {
                    double gradient = (y == g ? 1.0 : 0.0) - _marginal[y];
                    if (Math.Abs(gradient) < 1e-5)
                    {
                        continue;
                    }

                    NerTrainer.Update(weights, accumulated, w + y, (float)(rate * gradient), step);
                }
            }

            // Transition marginals into position i.
            int from = i == 0 ? l : gold[i - 1];
            NerTrainer.Update(transitions, transitionsAccumulated, (from * l) + g, rate, step);
            if (i == 0)
            {
                for (int y = 0; y < l; y++)
                {
                    NerTrainer.Update(transitions, transitionsAccumulated, (l * l) + y, -(float)(rate * _marginal[y]), step);
                }

                continue;
            }

            int previous = row - l;
            for (int p = 0; p < l; p++)
            {
                double a = _alpha[previous + p];
                if (a == 0)
                {
                    continue;
                }

                for (int y = 0; y < l; y++)
                {
                    double edge = a * _expTransitions[(p * l) + y] * _emission[row + y] * _beta[row + y] / (_norm[i] * total);
                    if (edge > 1e-7)
                    {
                        NerTrainer.Update(transitions, transitionsAccumulated, (p * l) + y, -(float)(rate * edge), step);
                    }
                }
            }
        }

        return goldScore - logZ;
    }
}
