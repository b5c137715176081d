using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Dateline.Core.Layers;
using Dateline.Core.Model;
using Dateline.Core.Pipeline;
using Dateline.Language.Times;
using Dateline.Language.Tokens;
using Dateline.Language.Works;
using Dateline.Language.Scope;

namespace Dateline.Language.Amounts;

/// <summary>
/// Finds quantities: counts with their modifier and the thing counted ("at least 20,000 foreign fighters"), money
/// ("$1.2 billion", "€300m"), percentages, ranges ("4-6 weeks"), vague quantities ("tens of thousands") and
/// fractions ("two-thirds"). Years, dates and clock times (the time layer's DATE/TIME spans) are not amounts; nor are
/// durations and ages ("three weeks", "a 20-year sentence", "45-year-old"), left to the time layer; nor labels
/// ("Route 2", "Stage 3", "Boeing 737", "0000 UTC": Amounts/Data/amount-labels-*.txt), ordinals ("44th") and numbers
/// joined to a name ("7News").
/// </summary>
public sealed class AmountExtractor : IPipelineComponent
{
    private readonly AmountLexicon _lexicon = AmountLexicon.Default;

    public string Name => "amounts";

    public IReadOnlyList<Capability> Requires { get; } = [TimesLayer.Instance, QuotedTitlesLayer.Instance, Capability.Metadata];

    public IReadOnlyList<Capability> Assigns { get; } = [AmountsLayer.Instance];

    /// <summary>English text only (<see cref="EnglishScope"/>: the metadata's language and the text's script).</summary>
    public bool AppliesTo(Document document) => EnglishScope.Reads(document);

    public Document Process(Document document, ProcessingContext context)
    {
        var dates = document.Layer<TimeExpression>().Where(t => t.Type is TimexType.Date or TimexType.Time).Select(t => t.Span).ToList();
        return document.WithLayer(Extract(document.Text, dates, QuotedTitles.Of(document)));
    }

    /// <param name="text">The text.</param>
    /// <param name="dates">The time layer's DATE and TIME spans, which hold no amount.</param>
    /// <param name="titles">The text's quoted titles of works (<see cref="QuotedTitlesLayer"/>); found in the text when null.</param>
    public ImmutableArray<Amount> Extract(string text, IReadOnlyList<TextSpan>? dates = null, IReadOnlyList<TextSpan>? titles = null)
    {
        var amounts = ImmutableArray.CreateBuilder<Amount>();
        var dateIndex = dates is null ? null : SpanIndex.Of(dates);
        SpanIndex? titleIndex = null;
        var tagIndex = SpanIndex.Of(MarkupTags.Find(text));
        foreach (var found in _lexicon.Matches(text))
        {
            var match = found.Length > 0 && UpperAfterDate(text, found, dateIndex) is { } upper ? upper : found;
            var (m, second, shared) = match.Length > 0 && Coordinated(text, match) is { } pair ? pair : (match, null, null);
            int before = amounts.Count;
            AddResolved(text, m, dateIndex, titles, ref titleIndex, tagIndex, amounts);
            if (shared is not null && amounts.Count > before && amounts[^1].Unit is null)
            {
                amounts[^1] = amounts[^1] with { Unit = shared }; // "11 and 8 percent": the percent word is written once
            }

            if (second is not null)
            {
                AddResolved(text, second, dateIndex, titles, ref titleIndex, tagIndex, amounts);
            }
        }

        JoinRangesOfRepeatedSign(text, amounts);
        return amounts.ToImmutable();
    }

    /// <summary>The amount a match resolves to, added unless it is none, inside a quoted title or in a markup tag.</summary>
    private void AddResolved(string text, Match m, SpanIndex? dates, IReadOnlyList<TextSpan>? titles, ref SpanIndex? titleIndex, SpanIndex tags, ImmutableArray<Amount>.Builder amounts)
    {
        if (m.Length == 0 || Resolve(text, m, dates) is not { } amount)
        {
            return;
        }

        // a tag left in the text is no prose: `<tweet timestamp="1470067200" tweet_id="7600…">` counts nothing
        if (tags.AnyOverlaps(amount.Span))
        {
            return;
        }

        // a number in the title of a work ("“101 Dalmatians”") names it
        titleIndex ??= SpanIndex.Of(titles ?? QuotedTitles.Find(text));
        if (titleIndex.AnyContains(amount.Span))
        {
            return;
        }

        amounts.Add(amount);
    }

    /// <summary>
    /// Two bare decimal figures joined by "and", the second not the larger, are two amounts, not a range ("rates of 80.4
    /// and 25.9 respectively": unseen news audit 8); a range by "and" runs upwards ("between 10 and 20"). Whole numbers
    /// so joined stay out: sums and names ("9, 6 and 2 equals 17", "Studio 60 and 30 Rock", VOA and Wikinews, where the
    /// draft for any numbers made them amounts). With a percent word after the second, whole numbers too ("Rubio and
    /// Cruz, 11 and 8 percent respectively": unseen news audit 16), the first taking the percent as its unit unless it
    /// follows a name (<see cref="NamesInside"/>: then the second alone). The first
    /// number's match, the second's and the unit the first shares (null when it shares none), or null when the match is
    /// no such pair.
    /// </summary>
    private (Match First, Match Second, string? Shared)? Coordinated(string text, Match m)
    {
        var g = m.Groups;
        bool percent = g["pct"].Success;
        if (!g["num"].Success || !g["upper"].Success || g["scale"].Success || g["scale2"].Success || g["sign"].Success
            || g["cur"].Success || g["curword"].Success || g["mod"].Success
            || (!percent && (!g["num"].Value.Contains('.') || !g["upper"].Value.Contains('.')))
            || !text.AsSpan(g["num"].Index + g["num"].Length, g["upper"].Index - g["num"].Index - g["num"].Length).Trim().Equals("and", StringComparison.OrdinalIgnoreCase)
            || _lexicon.Number(g["num"].Value) is not { } lower || _lexicon.Number(g["upper"].Value) is not { } upper || upper > lower)
        {
            return null;
        }

        var first = _lexicon.Pattern.Match(text, g["num"].Index, g["num"].Length);
        var second = _lexicon.Pattern.Match(text, g["upper"].Index);
        if (!first.Success || first.Index != g["num"].Index || !second.Success || second.Index != g["upper"].Index)
        {
            return null;
        }

        // "5.7% for the SampP 500 and 5.8% for the Big Board" (TimeBank wsj_0585): a name's number is no share
        return percent && NamesInside.IsName(text, WordStart(text, g["num"].Index)) ? (Match.Empty, second, null)
            : (first, second, percent ? PercentUnit(g["pct"].Value) : null);
    }

    /// <summary>
    /// Two amounts of one currency or of percent joined by "to" or a dash, the second the larger, are one range with
    /// its sign written twice ("approximately $350 to $600", "a [0.6% to 0.7%] headwind", "$17 million to $19
    /// million"; by "and" only after "between"): one amount valued by its start, as a range with the sign written once
    /// ("$350-600"). Not after a word of change (<see cref="AmountLexicon.ChangeBefore"/>: "rose 3% to 5%", "from $25
    /// to $43" are a change and the new level; "ranged from $350 to $600" is a range, <see cref="AmountLexicon.RangeBefore"/>)
    /// and not when the second is the smaller ("47 percent to 40 percent", a poll's lead).
    /// </summary>
    private void JoinRangesOfRepeatedSign(string text, ImmutableArray<Amount>.Builder amounts)
    {
        for (int i = amounts.Count - 2; i >= 0; i--)
        {
            var (a, b) = (amounts[i], amounts[i + 1]);
            if (a.Unit is not { } unit || unit != b.Unit || (unit != "%" && !_lexicon.Currencies.Values.Contains(unit))
                || a.UpperValue is not null || b.UpperValue is not null || b.Modifier is not null || b.Value <= a.Value)
            {
                continue;
            }

            string joint = text[a.Span.End..b.Span.Start].Trim();
            string before = PreviousWord(text, a.Span.Start);
            bool change = _lexicon.ChangeBefore.Contains(before)
                && !(before == "from" && _lexicon.RangeBefore.Contains(PreviousWord(text, WordStart(text, a.Span.Start))));
            if (!(joint is "to" or "-" or "–" || (joint == "and" && a.Modifier is null && before == "between")) || change)
            {
                continue;
            }

            // "$8 to $12 billion": the scale written once, after the upper bound, as in "five to six million"
            double value = a.Value;
            if (ScaleAtEnd(text, a.Span) is null && ScaleAtEnd(text, b.Span) is { } scale && a.Value * scale < b.Value)
            {
                value = a.Value * scale;
            }

            amounts[i] = a with { Span = new TextSpan(a.Span.Start, b.Span.End), Value = value, UpperValue = b.Value };
            amounts.RemoveAt(i + 1);
        }
    }

    /// <summary>
    /// A "range" whose lower end is one of the time layer's dates, joined by "to" or "and" to a number with a scale or
    /// a unit sign, is a year before an amount ("dropped in 2019 to 1.24 million vehicles", "by 0.9% in 2008 and 5.2%
    /// in 2009"): the match of the amount alone, from the upper number on; null when the match is no such range. A bare
    /// number after a date or a hyphen completes the date ("July 8 and 9", "the 1975 - 90 civil war").
    /// </summary>
    private Match? UpperAfterDate(string text, Match m, SpanIndex? dates)
    {
        var lower = m.Groups["num"];
        var upper = m.Groups["upper"];
        if (!upper.Success || !lower.Success || dates is null)
        {
            return null;
        }

        var lowerSpan = new TextSpan(lower.Index, lower.Index + lower.Length);
        if (!dates.AnyOverlaps(lowerSpan))
        {
            return null;
        }

        var joint = text.AsSpan(lower.Index + lower.Length, upper.Index - lower.Index - lower.Length).Trim();
        if (!joint.Equals("to", StringComparison.OrdinalIgnoreCase) && !joint.Equals("and", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var again = _lexicon.Pattern.Match(text, upper.Index);
        var g = again.Groups;
        return again.Success && again.Index == upper.Index
            && (g["scale"].Success || g["pct"].Success || g["sign"].Success || g["cur"].Success || g["curword"].Success) ? again : null;
    }

    /// <summary>The scale an amount's words end on ("$12 billion" → 1e9), or null.</summary>
    private double? ScaleAtEnd(string text, TextSpan span)
    {
        int ws = span.End;
        while (ws > span.Start && char.IsLetter(text[ws - 1]))
        {
            ws--;
        }

        return ws < span.End && _lexicon.Scales.TryGetValue(text[ws..span.End], out var scale) ? scale : null;
    }

    private Amount? Resolve(string text, Match m, SpanIndex? dates)
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
            if (_lexicon.FractionNotAfter.Contains(PreviousWord(text, span.Start)))
            {
                return null; // "the first half of this year": a part of a period
            }

            value = _lexicon.Fractions[g["frac"].Value];
            if (g["base"].Success)
            {
                // "less than one-half of 1 percent", "a third of a percentage point": a part of a percent is one measure
                value *= _lexicon.Matched(g["base"].Value) ?? 1; // "a", "an": one
                unit = PercentUnit(g["pct"].Value);
            }
        }
        else
        {
            if (_lexicon.Matched(g["num"].Value) is not { } n)
            {
                return null;
            }

            if (_lexicon.BeforePercent.ContainsKey(g["num"].Value) && PreviousWord(text, g["num"].Index) == "of")
            {
                return null; // "five-tenths of one percentage point": the base of a fraction, not the amount (VOA)
            }

            double scale = g["scale"].Success ? _lexicon.Scales[g["scale"].Value] : 1;
            value = n * scale;
            if (g["upper"].Success && _lexicon.Matched(g["upper"].Value) is { } u)
            {
                double upperScale = g["scale2"].Success ? _lexicon.Scales[g["scale2"].Value] : scale;
                upper = u * upperScale;
                if (!g["scale"].Success && g["scale2"].Success && n < u)
                {
                    value = n * upperScale; // "five to six million": the scale is written once, after the upper bound
                }
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
            else if (g["sign"].Success)
            {
                unit = _lexicon.UnitSigns[g["sign"].Value];
            }
            else if (g["pct"].Success)
            {
                unit = PercentUnit(g["pct"].Value);
            }

            bool plain = unit is null && !g["scale"].Success;
            if (plain && (dates?.AnyOverlaps(span) == true || IsNotAQuantity(text, m)))
            {
                return null;
            }

            if (unit is null && IsLabel(text, m))
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

            TextSpan? thing;
            if (end < text.Length && text[end] == '-' && g["num"].Success)
            {
                // "a 20-room mansion": the counted thing joined by a hyphen; "a 20-year sentence", "07-Jun" are not amounts
                int je = end + 1;
                while (je < text.Length && char.IsAsciiLetterLower(text[je]))
                {
                    je++;
                }

                if (_lexicon.ApproxAfter.TryGetValue(text[(end + 1)..je], out var approx) && (je >= text.Length || text[je] == ' '))
                {
                    // "the 90-plus smaller parties": the hyphened word makes the number approximate; the thing follows it
                    modifier ??= approx;
                    end = je;
                    thing = CountedThing(text, je, estimate: true);
                }
                else if (je == end + 1 || IsDuration(FirstWord(text, new TextSpan(end + 1, je))) || _lexicon.UnitStops.Contains(text[(end + 1)..je]))
                {
                    return null; // also a function word ("18-to 34-year-olds", "5-to-1"): no thing is counted
                }
                else
                {
                    thing = new TextSpan(end + 1, je);
                }
            }
            else
            {
                thing = CountedThing(text, from, estimate: modifier is not null);
            }

            if (thing is { } t && IsDuration(FirstWord(text, AfterNotAlone(text, t))))
            {
                return null; // "three weeks", "32 years of service", "two more years": the time layer's
            }

            if (thing is { } n && (NotAlone(text, n) || IsParticipleAlone(text, n)))
            {
                thing = null; // "injuring three more", "two times higher", "50 suspected of links"
            }

            if (g["num"].Success && char.IsDigit(g["num"].Value[0]) && !g["scale"].Success && !g["upper"].Success && modifier is null
                && thing is { } counted && !IsPlural(FirstWord(text, counted)) && IsAfterName(text, span.Start, dates))
            {
                // "a super PAC called Future 45 ran" (unseen news audit 16), "a Falcon 9 rocket": a name's number, no
                // count of the word after it. A bare number after a name stays: a tally ("The current delegate count
                // is Donald Trump 384, Sen. Ted Cruz 300", unseen news audit 11) is one
                return null;
            }

            if (thing is { } u)
            {
                // "billions of dollars": a currency word names the currency, as after a number ("5 dollars"), and ends
                // the thing ("invest millions of dollars and reopen its plant")
                var first = FirstWord(text, u);
                if (_lexicon.Currencies.TryGetValue(text[u.Start..u.End], out var code) || _lexicon.Currencies.TryGetValue(first, out code))
                {
                    unit = code;
                    end = _lexicon.Currencies.ContainsKey(text[u.Start..u.End]) ? u.End : u.Start + first.Length;
                }
                else
                {
                    unit = text[u.Start..u.End];
                    end = u.End;
                }
            }
            else if (char.IsLetter(g["num"].Value.FirstOrDefault()) && !g["vague"].Success && !g["frac"].Success)
            {
                return null; // a bare number word ("two") is not worth an amount
            }
            else if (g["num"].Success && !g["vague"].Success && !g["frac"].Success && modifier is null && !g["scale"].Success
                && (IsAge(text, span) || IsDurationNear(text, end) || IsCoordinatedLabel(text, span.Start)))
            {
                return null;
            }
        }

        return new Amount(new TextSpan(span.Start, end), value) { Modifier = modifier, Unit = unit, UpperValue = upper };
    }

    /// <summary>
    /// The unit a percent word writes: "percentage point(s)" → "percentage points", "%", "percent", "per cent" → "%";
    /// the hyphened adjective "percentage-point" ("a six-percentage-point lead") → "percentage point", singular as the
    /// thing of a hyphened count is ("a 20-room mansion" → room; the unseen samples' gold: "six-percentage-point" → point).
    /// </summary>
    private static string PercentUnit(string word) => !word.StartsWith("percentage", StringComparison.OrdinalIgnoreCase) ? "%"
        : word.Contains('-', StringComparison.Ordinal) ? "percentage point" : "percentage points";

    /// <summary>"#1", "@1377" (a handle or a building's name), "5:30", "2-1" scores, decimals of a version, a lone digit at a list start.</summary>
    private static bool IsNotAQuantity(string text, Match m)
    {
        int s = m.Index;
        var before = text[Math.Max(0, s - 4)..s];
        if (before.EndsWith('#') || before.EndsWith('@') || before.EndsWith(':'))
        {
            return true;
        }

        int e = m.Index + m.Length;
        return e < text.Length && (text[e] == ':' || (text[e] is '-' or '/' && e + 1 < text.Length && char.IsDigit(text[e + 1])));
    }

    /// <summary>
    /// A number that names rather than counts: after a label word ("Route 2", "phase three", "Boeing 737"), before a
    /// clock or address word ("0000 UTC", "42 Street"), or joined to letters ("44th", "7News").
    /// </summary>
    private bool IsLabel(string text, Match m)
    {
        int s = m.Index, e = m.Index + m.Length;
        if (e < text.Length && char.IsLetter(text[e]))
        {
            int le = e;
            while (le < text.Length && char.IsLetter(text[le]))
            {
                le++;
            }

            // "s" after bare digits: a decade of years or of a life ("the 1990s", "in their 20s"), the time layer's or no
            // quantity ("1.1 billions" is a scale's plural)
            // a clock word written close ("4am Saturday", "0000GMT") is a clock time, as after a space
            var suffix = text[e..le];
            if (char.IsUpper(suffix[0]) || suffix.ToLowerInvariant() is "st" or "nd" or "rd" or "th" || (suffix == "s" && !m.Groups["scale"].Success)
                || _lexicon.LabelsAfter.Contains(suffix.ToLowerInvariant()))
            {
                return true;
            }
        }

        // a number in a path, a code or a ratio: after a slash ("No. FHC/ABJ/03/095/2018", "24/7", "9/11", a cricket
        // score "357/8") or before a slash and a letter (a DOI, "10.1073/pnas.1907828116"): unseen news audits 1 and 7
        if ((s > 0 && text[s - 1] == '/') || (e + 1 < text.Length && text[e] == '/' && char.IsLetter(text[e + 1])))
        {
            return true;
        }

        int bs = s;
        while (bs > 0 && text[bs - 1] == ' ')
        {
            bs--;
        }

        // a word of letters, digits and dots, or letters joined by "&" ("S&P 500")
        int ws = bs;
        while (ws > 0 && (char.IsLetterOrDigit(text[ws - 1]) || text[ws - 1] == '.'
                          || (text[ws - 1] == '&' && ws > 1 && char.IsLetter(text[ws - 2]) && ws < bs && char.IsLetter(text[ws]))))
        {
            ws--;
        }

        // not the end of a compound before the amount's noun: "the entry-level 13-inch MacBook", "a first-round 3 seed"
        if (bs < s && ws < bs && (ws == 0 || text[ws - 1] != '-') && _lexicon.LabelsBefore.Contains(text[ws..bs].ToLowerInvariant()))
        {
            return true;
        }

        int af = e;
        while (af < text.Length && text[af] == ' ')
        {
            af++;
        }

        int we = af;
        while (we < text.Length && (char.IsLetterOrDigit(text[we]) || text[we] is '.' or '\'' or '’'))
        {
            we++;
        }

        return af > e && we > af && _lexicon.LabelsAfter.Contains(text[af..we].ToLowerInvariant().Replace('’', '\''));
    }

    /// <summary>
    /// Whether the number at <paramref name="start"/> follows a name, a word with a capital inside its sentence
    /// (<see cref="NamesInside"/>): "called Future 45", "Internet Explorer 6", "HR 6819". Not a currency's code ("USD
    /// 26.95"), a nationality ("British 100-meter sprint champion") nor one of the time layer's dates ("said Saturday 13
    /// guerrillas"). A plural after the number still
    /// counts ("placed Humberto 785 miles west"), and a bare number is a tally's ("Donald Trump 384"): the caller's tests.
    /// </summary>
    private bool IsAfterName(string text, int start, SpanIndex? dates)
    {
        int ws = WordStart(text, start);
        int we = ws;
        while (we < start && char.IsLetter(text[we]))
        {
            we++;
        }

        return we > ws && NamesInside.IsName(text, ws) && !_lexicon.Currencies.Values.Contains(text[ws..we]) && !IsNationality(text[ws..we])
            && dates?.AnyOverlaps(new TextSpan(ws, we)) != true;
    }

    /// <summary>
    /// An age in apposition: "Another brother, 22, was …", "Smith, 45, said", "said Lopiano, 52." — a bare number right
    /// after a word and a comma, closed by a comma, a semicolon, a bracket or (after a capitalised word, a name) its
    /// sentence's full stop, at most <see cref="MaxAge"/>.
    /// </summary>
    private bool IsAge(string text, TextSpan span)
    {
        var previous = PreviousWord(text, span.Start);
        if (_lexicon.AgeBefore.Contains(previous) || _lexicon.AgeBefore.Contains(PreviousWord(text, WordStart(text, span.Start)) + " " + previous)
            || _lexicon.AgeBefore.Contains(PreviousToken(text, span.Start)))
        {
            return true; // "Bryant, aged 41", "Christie, who is 61", "I'm 76, and I don't feel like it"
        }

        if (span.Start < 3 || text[span.Start - 1] != ' ' || text[span.Start - 2] != ',' || !char.IsLetter(text[span.Start - 3]))
        {
            return false;
        }

        // after a name the age ends its sentence as well: "said Lopiano, 52." (unseen news audit 8); not after another
        // word ("I'd say, 70." counts)
        bool closed = span.End < text.Length && (text[span.End] is ',' or ';' or ')'
            || (text[span.End] == '.' && (span.End + 1 == text.Length || char.IsWhiteSpace(text[span.End + 1]))
                && char.IsUpper(text[WordStart(text, span.Start - 2)])));
        return closed && int.TryParse(text.AsSpan(span.Start, span.Length), NumberStyles.None, CultureInfo.InvariantCulture, out int age) && age is > 0 and <= MaxAge;
    }

    /// <summary>Ages in apposition are people's ages; larger numbers between commas are counts ("… to 59, officials said").</summary>
    private const int MaxAge = 120;

    /// <summary>
    /// A duration written with a word or a "+" between the number and its unit of time ("33 Earth days", "18+ years"):
    /// the time layer's, not an amount.
    /// </summary>
    private static bool IsDurationNear(string text, int end)
    {
        int i = end;
        if (i < text.Length && text[i] is '+' or '½' or '¼' or '¾')
        {
            i++; // "18+ years", "2½ months"
        }

        for (int w = 0; w < 2 && i < text.Length; w++)
        {
            while (i < text.Length && text[i] == ' ')
            {
                i++;
            }

            int we = i;
            while (we < text.Length && char.IsLetter(text[we]))
            {
                we++;
            }

            if (we == i)
            {
                return false;
            }

            if (IsDuration(text[i..we]))
            {
                return true;
            }

            i = we;
        }

        return false;
    }

    /// <summary>
    /// A number coordinated with an identifier of letters and digits names the same kind of thing: "the A300 and 747",
    /// "F-16s, 18 and …".
    /// </summary>
    private static bool IsCoordinatedLabel(string text, int start)
    {
        var before = text.AsSpan(0, start).TrimEnd();
        if (before.EndsWith(" and", StringComparison.Ordinal) || before.EndsWith(" or", StringComparison.Ordinal))
        {
            before = before[..before.LastIndexOf(' ')].TrimEnd();
        }
        else if (before.EndsWith(","))
        {
            before = before[..^1];
        }
        else
        {
            return false;
        }

        int ws = before.Length;
        while (ws > 0 && (char.IsLetterOrDigit(before[ws - 1]) || before[ws - 1] == '-'))
        {
            ws--;
        }

        var word = before[ws..];
        return word.Length > 1 && char.IsLetter(word[0]) && word.ContainsAny(Digits);
    }

    private static readonly SearchValues<char> Digits = SearchValues.Create("0123456789");

    /// <summary>A past participle alone before a preposition or the end counts nothing: "arrested 50 suspected of links".</summary>
    private bool IsParticipleAlone(string text, TextSpan thing)
    {
        var t = text.AsSpan(thing.Start, thing.Length);
        if (t.Contains(' ') || !t.EndsWith("ed", StringComparison.Ordinal))
        {
            return false;
        }

        int i = thing.End;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        return i >= text.Length || !char.IsLetter(text[i]) || _lexicon.UnitStops.Contains(NextWord(text, i));
    }

    /// <summary>A unit of time ("years", "month", "year-old"): the time layer's units (Times/Data/time-units.txt).</summary>
    private static bool IsDuration(string word)
    {
        var w = word.ToLowerInvariant().Split('-')[0];
        var units = TimexLexicon.Default.Units;
        return units.ContainsKey(w)
            || (w.EndsWith('s') && units.ContainsKey(w[..^1]))
            || (w.EndsWith("ies", StringComparison.Ordinal) && units.ContainsKey(w[..^3] + "y"));
    }

    private static string FirstWord(string text, TextSpan span)
    {
        int e = span.Start;
        while (e < span.End && (char.IsLetter(text[e]) || text[e] == '-'))
        {
            e++;
        }

        return text[span.Start..e];
    }

    /// <summary>The counted thing from its first word that counts something alone on ("more years" → "years").</summary>
    private TextSpan AfterNotAlone(string text, TextSpan thing)
    {
        int s = thing.Start;
        while (s < thing.End)
        {
            int e = s;
            while (e < thing.End && text[e] != ' ')
            {
                e++;
            }

            if (e >= thing.End || !_lexicon.NotAlone.Contains(text[s..e].ToLowerInvariant()))
            {
                break;
            }

            s = e + 1;
        }

        return new TextSpan(s, thing.End);
    }

    /// <summary>Every word of the counted thing is one that counts nothing alone ("more", "times higher").</summary>
    private bool NotAlone(string text, TextSpan span)
        => text[span.Start..span.End].Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => _lexicon.NotAlone.Contains(w.ToLowerInvariant()));

    /// <summary>The counted thing after the number: lower-case words up to a preposition, verb or punctuation.</summary>
    /// <param name="text">The text.</param>
    /// <param name="from">Where the thing may start (after the number).</param>
    /// <param name="estimate">The number has a modifier ("about", "more than"), as a name's number never has.</param>
    private TextSpan? CountedThing(string text, int from, bool estimate)
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
            while (we < text.Length && (char.IsLetterOrDigit(text[we]) || text[we] is '-' or '\'' or '\u2019'))
            {
                we++; // digits inside a word too: "Amazon S3 buckets", "H5N1 cases"
            }

            var word = text[ws..we].ToLowerInvariant();
            bool verb = words > 0 && start >= 0 && (word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal));
            if (verb || _lexicon.UnitStops.Contains(word)
                || (char.IsUpper(text[ws]) && words == 0 && !IsNationality(text[ws..we]) && !IsPlural(text[ws..we]) && !BeforeLowerPlural(text, we)
                    && !BeforePeoplesVerb(text, we, estimate) && !(estimate && BeforePeoplesPlural(text, we))))
            {
                break;
            }

            if (word == "and")
            {
                // "fighters and mercenaries": only when another counted word follows, not another number ("and two dogs"),
                // and never first: "who is 38 and uses the app" counts nothing
                int next = we + 1;
                if (start < 0 || next >= text.Length || !char.IsLower(text[next]) || _lexicon.UnitStops.Contains(NextWord(text, next)) || _lexicon.Number(NextWord(text, next)) is not null)
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

    private static bool IsNationality(string word) => word.EndsWith("an", StringComparison.Ordinal) || word.EndsWith("ese", StringComparison.Ordinal) || word.EndsWith("ish", StringComparison.Ordinal)
        || (word.Length > 4 && word.EndsWith('i') && AllLower(word.AsSpan(1))); // "Iraqi", "Pakistani", "Israeli"

    /// <summary>A capitalised word before a lower-case plural qualifies the counted thing: "four Cabinet members".</summary>
    private bool BeforeLowerPlural(string text, int end)
    {
        if (end + 1 >= text.Length || text[end] != ' ' || !char.IsLower(text[end + 1]))
        {
            return false;
        }

        var next = NextWord(text, end + 1);
        return IsPlural(next) && !_lexicon.UnitStops.Contains(next) && !IsDuration(next);
    }

    /// <summary>
    /// A capitalised word before a capitalised plural of one capital ("Muslims", not "NGOs") and the end of the name names
    /// a people counted ("More than 100,000 Rohingya Muslims": blind sample 17, was no unit). Only after an estimate (the
    /// caller's): a bare number before such words is a name's more often ("525,546 Phoenix Technologies", "2010
    /// Vancouver Games" in TimeBank+AQUAINT and VOA).
    /// </summary>
    private static bool BeforePeoplesPlural(string text, int end)
    {
        if (end + 1 >= text.Length || text[end] != ' ' || !char.IsUpper(text[end + 1]))
        {
            return false;
        }

        int e = WordEnd(text, end + 1);
        var next = text[(end + 1)..e];
        bool nameGoesOn = e + 1 < text.Length && text[e] == ' ' && char.IsUpper(text[e + 1]);
        return IsPlural(next) && AllLower(next.AsSpan(1)) && !nameGoesOn;
    }

    /// <summary>
    /// A capitalised word followed by a plural verb names the people counted, as a plural does ("More than 60,000 Herero
    /// are estimated": unseen news audit 8), not a name after the number (<see cref="AmountLexicon.VerbsAfterPeople"/>;
    /// a singular verb does not count); so does a past tense after an estimate ("about 16,000 Herero survived"), which
    /// a name's number never is ("The Lost 52 Project announced", Wikinews, where the draft without it read 52 `Project`).
    /// </summary>
    private bool BeforePeoplesVerb(string text, int end, bool estimate)
    {
        if (end + 1 >= text.Length || text[end] != ' ' || !char.IsLower(text[end + 1]))
        {
            return false;
        }

        var next = NextWord(text, end + 1);
        return _lexicon.VerbsAfterPeople.Contains(next) || (estimate && next.Length > 4 && next.EndsWith("ed", StringComparison.Ordinal));
    }

    /// <summary>Where the spaces right before a position start: the end of what comes before them.</summary>
    private static int SpacesStart(string text, int start)
    {
        int e = start;
        while (e > 0 && text[e - 1] == ' ')
        {
            e--;
        }

        return e;
    }

    /// <summary>Where the word right before a position starts (after the spaces before it; there when no word is).</summary>
    private static int WordStart(string text, int start)
    {
        int b = SpacesStart(text, start);
        while (b > 0 && char.IsLetter(text[b - 1]))
        {
            b--;
        }

        return b;
    }

    /// <summary>The token right before a position up to the space before it, lower-cased, its apostrophes kept ("I'm" → "i'm").</summary>
    private static string PreviousToken(string text, int start)
    {
        int e = SpacesStart(text, start);
        int b = e;
        while (b > 0 && !char.IsWhiteSpace(text[b - 1]))
        {
            b--;
        }

        while (b < e && !char.IsLetter(text[b]))
        {
            b++; // an opening quote mark or bracket: “I'm 76”
        }

        return text[b..e].ToLowerInvariant();
    }

    /// <summary>The word right before a position, lower-cased ("" at the start or after punctuation).</summary>
    private static string PreviousWord(string text, int start)
        => text[WordStart(text, start)..SpacesStart(text, start)].ToLowerInvariant();

    /// <summary>
    /// A capitalised plural counts people or things ("76 Asians", "two Marines", "15 Muslims"), as does an acronym's
    /// plural ("three NGOs", "four CEOs": unseen news audit 8); a name rarely is one.
    /// </summary>
    private static bool IsPlural(string word) => word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal)
        && (AllLower(word.AsSpan(1)) || !word.AsSpan(0, word.Length - 1).ContainsAnyExceptInRange('A', 'Z'));

    /// <summary>Whether every character is lower case (<see cref="char.IsLower(char)"/>; true when there is none): no LINQ per word.</summary>
    private static bool AllLower(ReadOnlySpan<char> chars)
    {
        foreach (char c in chars)
        {
            if (!char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string NextWord(string text, int i) => text[i..WordEnd(text, i)].ToLowerInvariant();

    /// <summary>Where the letters from <paramref name="i"/> on end (<paramref name="i"/> itself when none is there).</summary>
    private static int WordEnd(string text, int i)
    {
        int e = i;
        while (e < text.Length && char.IsLetter(text[e]))
        {
            e++;
        }

        return e;
    }
}
