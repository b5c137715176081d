using System.Runtime.Intrinsics;

namespace Dateline.Language.Entities;

/// <summary>
/// Exact first-order decoding: emission scores plus transition weights, over the transitions the label scheme
/// allows (transition row L is the start) and ending only where the scheme lets a sentence end.
/// </summary>
internal static class Viterbi
{
    /// <param name="allowed">The scheme's transition table (<see cref="LabelScheme.AllowedTable"/>).</param>
    /// <remarks>
    /// Each word's labels are decoded eight at a time: for each previous label p (in increasing order) the candidate
    /// scores of eight labels are one vector add, and a lane takes p only when its candidate is strictly greater, so
    /// ties go to the lowest p as in a scan label by label. A forbidden transition weighs -∞ and never wins; a label
    /// no allowed transition reaches keeps -∞ and previous label 0, as before.
    /// </remarks>
    public static void Decode(float[] scores, int n, int labelCount, float[] transitions, bool[] allowed, LabelScheme scheme, FeatureScratch scratch, int[] labels)
    {
        var back = scratch.Back;
        int width = (labelCount + 7) & ~7;
        Span<float> weights = width * (labelCount + 1) <= 4096 ? stackalloc float[width * (labelCount + 1)] : new float[width * (labelCount + 1)];
        for (int p = 0; p <= labelCount; p++)
        {
            for (int y = 0; y < width; y++)
            {
                weights[(p * width) + y] = y < labelCount && allowed[(p * labelCount) + y] ? transitions[(p * labelCount) + y] : float.NegativeInfinity;
            }
        }

        Span<float> previous = stackalloc float[width];
        Span<float> current = stackalloc float[width];
        Span<float> emission = stackalloc float[width];
        Span<int> from = stackalloc int[width];
        previous.Fill(float.NegativeInfinity);
        for (int y = 0; y < labelCount; y++)
        {
            previous[y] = allowed[(labelCount * labelCount) + y] ? scores[y] + transitions[(labelCount * labelCount) + y] : float.NegativeInfinity;
            back[y] = -1;
        }

        for (int i = 1; i < n; i++)
        {
            int row = i * labelCount;
            scores.AsSpan(row, labelCount).CopyTo(emission);
            for (int y = 0; y < width; y += 8)
            {
                var best = Vector256.Create(float.NegativeInfinity);
                var bestPrevious = Vector256<int>.Zero;
                for (int p = 0; p < labelCount; p++)
                {
                    var candidate = Vector256.Create(previous[p]) + Vector256.Create<float>(weights.Slice((p * width) + y, 8));
                    var better = Vector256.GreaterThan(candidate, best);
                    best = Vector256.ConditionalSelect(better, candidate, best);
                    bestPrevious = Vector256.ConditionalSelect(better.AsInt32(), Vector256.Create(p), bestPrevious);
                }

                (best + Vector256.Create<float>(emission.Slice(y, 8))).CopyTo(current[y..]);
                bestPrevious.CopyTo(from[y..]);
            }

            from[..labelCount].CopyTo(back.AsSpan(row, labelCount));
            var swap = previous;
            previous = current;
            current = swap;
        }

        int last = 0;
        float bestLast = float.NegativeInfinity;
        for (int y = 0; y < labelCount; y++)
        {
            if (scheme.AllowedLast(y) && previous[y] > bestLast)
            {
                bestLast = previous[y];
                last = y;
            }
        }

        labels[n - 1] = last;
        for (int i = n - 1; i > 0; i--)
        {
            labels[i - 1] = back[(i * labelCount) + labels[i]];
        }
    }
}
