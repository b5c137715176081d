using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Dateline.Core.Layers;
using Dateline.Core.Model;
using Dateline.Core.Pipeline;
using Dateline.Language.Times;

namespace Dateline.Language.Amounts;

/// <summary>
/// Finds quantities: counts with their modifier and the thing counted ("at least 20,000 foreign fighters"), money
/// ("$1.2 billion", "€300m"), percentages, ranges ("4-6 weeks"), vague quantities ("tens of thousands") and
/// fractions ("two-thirds"). Years, dates and clock times (the time layer's DATE/TIME spans) are not amounts.
/// </summary>
public sealed class AmountExtractor : IPipelineComponent
{
    private readonly AmountLexicon _lexicon = AmountLexicon.Default;

    public string Name => "amounts";

    public IReadOnlyList<Capability> Requires { get; } = [TimesLayer.Instance];

    public IReadOnlyList<Capability> Assigns { get; } = [AmountsLayer.Instance];

    public Document Process(Document document, ProcessingContext context)
    {
        var dates = document.Layer<TimeExpression>().Where(t => t.Type is TimexType.Date or TimexType.Time).Select(t => t.Span).ToList();
        return document.WithLayer(Extract(document.Text, dates));
    }

    public ImmutableArray<Amount> Extract(string text, IReadOnlyList<TextSpan>? dates = null)
    {
        var amounts = ImmutableArray.CreateBuilder<Amount>();
        foreach (Match m in _lexicon.Pattern.Matches(text))
        {
            if (m.Length == 0 || Resolve(text, m, dates) is not { } amount)
            {
                continue;
            }

            amounts.Add(amount);
        }

        return amounts.ToImmutable();
    }

    private Amount? Resolve(string text, Match m, IReadOnlyList<TextSpan>? dates)
    {
        var g = m.Groups;
        var span = new TextSpan(m.Index, m.Index + m.Length);
        string? modifier = g["mod"].Success ? Regex.Replace(g["mod"].Value.ToLowerInvariant(), @"\s+", " ") : null;
        double value;
        double? upper = null;
        string? unit = null;
        if (g["vague"].Success)
        {
            var (v, mod) = _lexicon.Vague[Regex.Replace(g["vague"].Value, @"\s+", " ")];
            value = v;
            modifier ??= mod;
        }
        else if (g["frac"].Success)
        {
            value = _lexicon.Fractions[g["frac"].Value];
        }
        else
        {
            if (_lexicon.Number(g["num"].Value) is not { } n)
            {
                return null;
            }

            double scale = g["scale"].Success ? _lexicon.Scales[g["scale"].Value] : 1;
            value = n * scale;
            if (g["upper"].Success && _lexicon.Number(g["upper"].Value) is { } u)
            {
                double upperScale = g["scale2"].Success ? _lexicon.Scales[g["scale2"].Value] : scale;
                upper = u * upperScale;
                if (upper <= value)
                {
                    upper = null; // "1-0", a score, not a range
                    if (!g["scale"].Success)
                    {
                        return null;
                    }
                }
            }

            if (g["cur"].Success)
            {
                unit = _lexicon.Currencies[g["cur"].Value];
            }
            else if (g["curword"].Success)
            {
                unit = _lexicon.Currencies[g["curword"].Value];
            }
            else if (g["pct"].Success)
            {
                unit = g["pct"].Value.StartsWith("percentage", StringComparison.OrdinalIgnoreCase) ? "percentage points" : "%";
            }

            bool plain = unit is null && !g["scale"].Success;
            if (plain && (dates?.Any(d => d.Overlaps(span)) == true || IsNotAQuantity(text, m)))
            {
                return null;
            }
        }

        int end = span.End;
        if (unit is null)
        {
            int from = end;
            if ((g["frac"].Success || g["vague"].Success) && Regex.Match(text[end..Math.Min(text.Length, end + 4)], @"^\s+of\b") is { Success: true } of)
            {
                from = end + of.Length;
            }

            var thing = CountedThing(text, from);
            if (thing is { } t)
            {
                unit = text[t.Start..t.End];
                end = t.End;
            }
            else if (char.IsLetter(g["num"].Value.FirstOrDefault()) && !g["vague"].Success && !g["frac"].Success)
            {
                return null; // a bare number word ("two") is not worth an amount
            }
        }

        return new Amount(new TextSpan(span.Start, end), value) { Modifier = modifier, Unit = unit, UpperValue = upper };
    }

    /// <summary>"No. 4", "#1", "5:30", "2-1" scores, decimals of a version, a lone digit at a list start.</summary>
    private static bool IsNotAQuantity(string text, Match m)
    {
        int s = m.Index;
        var before = text[Math.Max(0, s - 4)..s];
        if (before.EndsWith("No. ", StringComparison.Ordinal) || before.EndsWith('#') || before.EndsWith(':'))
        {
            return true;
        }

        int e = m.Index + m.Length;
        return e < text.Length && (text[e] == ':' || (text[e] is '-' or '/' && e + 1 < text.Length && char.IsDigit(text[e + 1])));
    }

    /// <summary>The counted thing after the number: lower-case words up to a preposition, verb or punctuation.</summary>
    private TextSpan? CountedThing(string text, int from)
    {
        int i = from;
        int start = -1, end = -1, words = 0;
        while (i < text.Length && words < 6)
        {
            int ws = i;
            while (ws < text.Length && text[ws] == ' ')
            {
                ws++;
            }

            if (ws == i && words > 0 || ws >= text.Length || !char.IsLetter(text[ws]))
            {
                break;
            }

            int we = ws;
            while (we < text.Length && (char.IsLetter(text[we]) || text[we] is '-' or '\'' or '\u2019'))
            {
                we++;
            }

            var word = text[ws..we].ToLowerInvariant();
            bool verb = words > 0 && start >= 0 && (word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal));
            if (verb || _lexicon.UnitStops.Contains(word) || (char.IsUpper(text[ws]) && words == 0 && !IsNationality(text[ws..we])))
            {
                break;
            }

            if (word == "and")
            {
                // "fighters and mercenaries": only when another counted word follows
                int next = we + 1;
                if (next >= text.Length || !char.IsLower(text[next]) || _lexicon.UnitStops.Contains(NextWord(text, next)))
                {
                    break;
                }
            }
            else
            {
                if (start < 0)
                {
                    start = ws;
                }

                end = we;
            }

            words++;
            i = we;
        }

        return start >= 0 ? new TextSpan(start, end) : null;
    }

    private static bool IsNationality(string word) => word.EndsWith("an", StringComparison.Ordinal) || word.EndsWith("ese", StringComparison.Ordinal) || word.EndsWith("ish", StringComparison.Ordinal);

    private static string NextWord(string text, int i)
    {
        int e = i;
        while (e < text.Length && char.IsLetter(text[e]))
        {
            e++;
        }

        return text[i..e].ToLowerInvariant();
    }
}
