using System.Text.RegularExpressions;

namespace Dateline.Tests;

/// <summary>
/// The article-extraction-benchmark metric as ../shared/tools/eval_extraction.py computes it: \w+ tokens, multisets of
/// 4-token shingles, per-page precision and recall, means over pages, F1 of the means. Used for regression floors.
/// </summary>
public static partial class ExtractionScore
{
    public static (double Precision, double Recall) Page(string predicted, string truth)
    {
        var p = Shingles(predicted);
        var t = Shingles(truth);
        var tp = 0;
        foreach (var (shingle, count) in p)
        {
            if (t.TryGetValue(shingle, out var c))
            {
                tp += Math.Min(count, c);
            }
        }

        var predictedTotal = p.Values.Sum();
        var truthTotal = t.Values.Sum();
        return (predictedTotal == 0 ? 0 : (double)tp / predictedTotal, truthTotal == 0 ? 1 : (double)tp / truthTotal);
    }

    /// <summary>Mean precision over non-empty outputs, mean recall over all pages, F1 of the two.</summary>
    public static (double F1, double Precision, double Recall) Corpus(IReadOnlyList<(string Predicted, string Truth)> pages)
    {
        var scored = pages.Select(p => (Score: Page(p.Predicted, p.Truth), Empty: Tokens(p.Predicted).Count == 0)).ToList();
        var nonEmpty = scored.Where(s => !s.Empty).ToList();
        var precision = nonEmpty.Count == 0 ? 0 : nonEmpty.Average(s => s.Score.Precision);
        var recall = scored.Average(s => s.Score.Recall);
        return (precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall), precision, recall);
    }

    private static List<string> Tokens(string text) => WordRun().Matches(text).Select(m => m.Value).ToList();

    private static Dictionary<string, int> Shingles(string text)
    {
        var tokens = Tokens(text);
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        if (tokens.Count == 0)
        {
            return result;
        }

        var n = Math.Min(4, tokens.Count);
        for (var i = 0; i + n <= tokens.Count; i++)
        {
            var key = string.Join('\u0001', tokens.GetRange(i, n));
            result[key] = result.GetValueOrDefault(key) + 1;
        }

        return result;
    }

    [GeneratedRegex(@"\w+")]
    private static partial Regex WordRun();
}
