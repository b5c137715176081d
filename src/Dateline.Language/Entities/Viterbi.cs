namespace Dateline.Language.Entities;

/// <summary>
/// Exact first-order decoding over IOB2 labels: emission scores plus transition weights, with I-type allowed only
/// after B-type or I-type of the same type (labels 0 = O, 1 + 2t = B, 2 + 2t = I; transition row L is the start).
/// </summary>
internal static class Viterbi
{
    public static bool Allowed(int previous, int label, int labelCount)
    {
        if (label == 0 || label % 2 == 1)
        {
            return true;
        }

        // I-t needs B-t (label - 1) or I-t (label) before it.
        return previous != labelCount && (previous == label || previous == label - 1);
    }

    public static void Decode(float[] scores, int n, int labelCount, float[] transitions, FeatureScratch scratch, int[] labels)
    {
        var lattice = scratch.Lattice;
        var back = scratch.Back;
        for (int y = 0; y < labelCount; y++)
        {
            lattice[y] = Allowed(labelCount, y, labelCount) ? scores[y] + transitions[(labelCount * labelCount) + y] : float.NegativeInfinity;
            back[y] = -1;
        }

        for (int i = 1; i < n; i++)
        {
            int row = i * labelCount;
            int previousRow = row - labelCount;
            for (int y = 0; y < labelCount; y++)
            {
                float best = float.NegativeInfinity;
                int bestPrevious = 0;
                for (int p = 0; p < labelCount; p++)
                {
                    if (!Allowed(p, y, labelCount))
                    {
                        continue;
                    }

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
            if (lattice[lastRow + y] > bestLast)
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
