namespace Dateline.Language.Entities;

/// <summary>
/// Exact first-order decoding: emission scores plus transition weights, over the transitions the label scheme
/// allows (transition row L is the start) and ending only where the scheme lets a sentence end.
/// </summary>
internal static class Viterbi
{
    /// <param name="allowed">The scheme's transition table (<see cref="LabelScheme.AllowedTable"/>).</param>
    public static void Decode(float[] scores, int n, int labelCount, float[] transitions, bool[] allowed, LabelScheme scheme, FeatureScratch scratch, int[] labels)
    {
        var lattice = scratch.Lattice;
        var back = scratch.Back;
        for (int y = 0; y < labelCount; y++)
        {
            lattice[y] = allowed[(labelCount * labelCount) + y] ? scores[y] + transitions[(labelCount * labelCount) + y] : float.NegativeInfinity;
            back[y] = -1;
        }

        // The allowed predecessors of each label, in increasing order (so ties go to the lower label, as a scan of all
        // of them would): a scheme forbids about half the transitions, and the inner loop then has no test.
        Span<int> from = labelCount <= 32 ? stackalloc int[labelCount * labelCount] : new int[labelCount * labelCount];
        Span<int> fromCount = labelCount <= 32 ? stackalloc int[labelCount] : new int[labelCount];
        for (int y = 0; y < labelCount; y++)
        {
            int c = 0;
            for (int p = 0; p < labelCount; p++)
            {
                if (allowed[(p * labelCount) + y])
                {
                    from[(y * labelCount) + c++] = p;
                }
            }

            fromCount[y] = c;
        }

        for (int i = 1; i < n; i++)
        {
            int row = i * labelCount;
            int previousRow = row - labelCount;
            for (int y = 0; y < labelCount; y++)
            {
                float best = float.NegativeInfinity;
                int bestPrevious = 0;
                var predecessors = from.Slice(y * labelCount, fromCount[y]);
                foreach (int p in predecessors)
                {
                    float s = lattice[previousRow + p] + transitions[(p * labelCount) + y];
                    if (s > best)
                    {
                        best = s;
                        bestPrevious = p;
                    }
                }

                lattice[row + y] = best + scores[row + y];
                back[row + y] = bestPrevious;
            }
        }

        int last = 0;
        float bestLast = float.NegativeInfinity;
        int lastRow = (n - 1) * labelCount;
        for (int y = 0; y < labelCount; y++)
        {
            if (scheme.AllowedLast(y) && lattice[lastRow + y] > bestLast)
            {
                bestLast = lattice[lastRow + y];
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
