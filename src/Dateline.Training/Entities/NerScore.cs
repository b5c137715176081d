namespace Dateline.Training.Entities;

/// <summary>Exact-span entity precision, recall and F1 (in percent), as conlleval computes them.</summary>
public sealed record NerScore(int Gold, int Predicted, int Correct)
{
    public double Precision => Predicted == 0 ? 0 : 100.0 * Correct / Predicted;

    public double Recall => Gold == 0 ? 0 : 100.0 * Correct / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
