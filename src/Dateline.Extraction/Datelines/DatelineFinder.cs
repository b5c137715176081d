using System.Text.RegularExpressions;
using Dateline.Core.Text;
using Dateline.Extraction.Dates;

namespace Dateline.Extraction.Datelines;

/// <summary>
/// Finds the dateline that opens a story, in the paragraphs of an HTML page or a text dump alike: "MOSCOW (AP) —",
/// "HAYWARD, Calif. (AP) —", "Dekalb, Ill. —", "DUBAI, United Arab Emirates (AP) —", "NEW DELHI:",
/// "LONDON, Aug 19 (Reuters) -", "(CNN Business) —", "(ANSA) - ROMA, 28 LUG -", "KVELLER via JTA —", or a paragraph that is only a dateline
/// ("BAAR, SWITZERLAND"). A capitalised word before a dash is not enough: the place must be a well-known city, carry
/// a state or country, or come with an agency (docs/datelines.md). Immutable and thread-safe.
/// </summary>
public sealed class DatelineFinder
{
    // A capitalised word; a hyphen joins letters ("MIAMI-DADE") but never ends it, so "Washington.-" keeps its separator.
    // Spaces between the words of a dateline, the no-break space of HTML included.
    private const string Blank = @"\p{Zs}";

    private const string Word = @"\p{Lu}[\p{L}\p{M}'’.]*(?:-[\p{L}\p{M}'’.]+)*";

    // Lower-case particles inside a place name: "Rio de Janeiro", "Frankfurt am Main", "Stratford-upon-Avon".
    private const string Particle = @"(?:de|da|do|dos|del|la|el|am|an|im|upon|sur|on)";

    // The opening is matched against one paragraph's start; the limit only guards against a pathological paragraph.
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(10);

    private readonly DatelineLexicon _lexicon;
    private readonly DatelineFinderOptions _options;
    /// <summary>The opening with every state and country (a large alternation: 20-40 ms to parse), built when a text needs it.</summary>
    private readonly Lazy<TieredRegex> _opening;

    /// <summary>
    /// The opening with the states and countries left out (their group never matches): the same matches on a text
    /// after none of whose commas a state or country can open (<see cref="DatelineLexicon.QualifierMayFollowComma"/>),
    /// as the qualifier is tried only after a comma.
    /// </summary>
    private readonly TieredRegex _openingWithoutQualifier;

    public DatelineFinder(DatelineFinderOptions? options = null, DatelineLexicon? lexicon = null)
    {
        _options = options ?? DatelineFinderOptions.Default;
        _lexicon = lexicon ?? DatelineLexicon.Default;
        var month = $"(?i:{MonthNames.Default.Alternation})";
        var date = $@"(?:{month}\.?{Blank}+\d{{1,2}}|\d{{1,2}}\.?{Blank}+{month}\.?)";
        var place = $@"{Word}(?:(?:{Blank}+(?:{Particle}{Blank}+)?|/){Word}){{0,5}}";
        var separator = $"(?:{_lexicon.SeparatorAlternation})";
        string Opening(string qualifier) =>
            $@"^(?:(?<outlet>{Word}(?:{Blank}+{Word}){{0,3}}){Blank}+via{Blank}+(?<via>{Word}(?:{Blank}+{Word}){{0,2}})"
            + $@"|(?<place>{place})(?:,{Blank}*(?:(?<date>{date})|(?<qualifier>{qualifier}))){{0,2}}{Blank}*(?:\((?<agency>[^()\n]{{1,40}})\))?"
            // "(ANSA) - ROMA, 28 LUG -": Italian agencies put themselves before the place.
            + $@"|\((?<agency>[^()\n]{{1,40}})\){Blank}*(?:{separator}){Blank}*(?<place>{place})(?:,{Blank}*(?<date>{date}))?(?={Blank}*(?:{separator}))"
            + $@"|\((?<agency>[^()\n]{{1,40}})\))"
            + $@"(?:{Blank}*(?<separator>{separator}))?";
        var datelines = _lexicon;
        _opening = new(() => new TieredRegex(
            Opening($@"(?i:{datelines.QualifierAlternation})(?![\p{{L}}])\.?"),
            RegexOptions.CultureInvariant,
            MatchTimeout));
        _openingWithoutQualifier = new TieredRegex(Opening("(?!)"), RegexOptions.CultureInvariant, MatchTimeout);
    }

    public static DatelineFinder Default { get; } = new();

    /// <summary>The dateline in the first paragraphs of a story, or null when none of them opens with one.</summary>
    public DatelineMatch? Find(IReadOnlyList<string> paragraphs)
    {
        var count = Math.Min(paragraphs.Count, _options.MaxParagraphs);
        for (var i = 0; i < count; i++)
        {
            // A paragraph that is only a dateline heads the story below it; the last paragraph has none below.
            if (Match(paragraphs[i], standaloneAllowed: i + 1 < paragraphs.Count) is { } found)
            {
                return found with { Paragraph = i };
            }
        }

        return null;
    }

    /// <summary>Whether a block is a dateline and nothing else ("BAAR, SWITZERLAND", "WASHINGTON —").</summary>
    public bool IsStandalone(string block) => Match(block, standaloneAllowed: true) is { Standalone: true };

    /// <summary>The dateline that opens <paramref name="paragraph"/>, or null.</summary>
    public DatelineMatch? Match(string paragraph, bool standaloneAllowed) => Match(paragraph, standaloneAllowed, withEveryQualifier: false);

    /// <summary>As <see cref="Match(string, bool)"/>; with <paramref name="withEveryQualifier"/> by the opening that holds every state and country whatever the text (the tests compare the two).</summary>
    internal DatelineMatch? Match(string paragraph, bool standaloneAllowed, bool withEveryQualifier)
    {
        var lead = paragraph.Length - paragraph.TrimStart().Length;
        var text = paragraph[lead..].TrimEnd();
        if (text.Length == 0)
        {
            return null;
        }

        Match m;
        try
        {
            var opening = withEveryQualifier || _lexicon.QualifierMayFollowComma(text) ? _opening.Value : _openingWithoutQualifier;
            m = opening.Regex.Match(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }

        if (!m.Success)
        {
            return null;
        }

        var rest = text[m.Length..].TrimStart();
        var standalone = rest.Length == 0;
        if (standalone && !standaloneAllowed)
        {
            return null;
        }

        var separator = m.Groups["separator"].Success ? _lexicon.Separator(m.Groups["separator"].Value) : DatelineSeparator.None;

        // "Washington.-": the point before a lone dash belongs to the separator, not to the place.
        var spanishPoint = separator == DatelineSeparator.Dash && m.Groups["separator"].Value == "-"
                           && m.Groups["separator"].Index > 0 && text[m.Groups["separator"].Index - 1] == '.';
        if (spanishPoint)
        {
            separator = DatelineSeparator.SpanishDash;
        }

        // The story after a dateline starts like a sentence: a capital, a digit or a quotation mark.
        if (!standalone && !StartsLikeStory(rest))
        {
            return null;
        }

        var agency = m.Groups["agency"].Success ? m.Groups["agency"].Value.Trim() : null;
        DatelineMatch? result;
        if (m.Groups["via"].Success)
        {
            result = Via(m, separator);
        }
        else if (!m.Groups["place"].Success)
        {
            result = AgencyOnly(agency!, separator, rest);
        }
        else
        {
            result = WithPlace(m, text, agency, separator, standalone, rest, spanishPoint);
        }

        // The span runs from the dateline's first character to the story's (a standalone dateline: the whole paragraph).
        return result is null ? null : result with { Start = lead, Length = text.Length - rest.Length, Standalone = standalone };
    }

    private DatelineMatch? Via(Match m, DatelineSeparator separator)
    {
        var via = m.Groups["via"].Value;
        if (separator is not (DatelineSeparator.Dash or DatelineSeparator.SpanishDash) || !_lexicon.IsAgency(via))
        {
            return null;
        }

        return new DatelineMatch(0, 0, 0, null, $"{m.Groups["outlet"].Value} via {via}", null, DatelineForm.Agency, separator);
    }

    private DatelineMatch? AgencyOnly(string agency, DatelineSeparator separator, string rest)
    {
        // "(All photos: Atlas staff)" opens paragraphs too: only a known agency makes "(X)" a dateline.
        if (!_lexicon.IsAgency(agency) || separator == DatelineSeparator.Colon || (separator == DatelineSeparator.None && rest.Length == 0))
        {
            return null;
        }

        return new DatelineMatch(0, 0, 0, null, agency, null, DatelineForm.Agency, separator);
    }

    private DatelineMatch? WithPlace(Match m, string text, string? agency, DatelineSeparator separator, bool standalone, string rest, bool spanishPoint)
    {
        var placeGroup = m.Groups["place"];
        var name = placeGroup.Value;
        var qualified = m.Groups["qualifier"].Success;
        var capitals = !name.Any(char.IsLower);
        var known = _lexicon.IsCity(name.TrimEnd('.'));
        if (name.Count(char.IsLetter) < 2)
        {
            return null;
        }

        if (agency is not null)
        {
            // An unknown agency only follows a place in capitals ("HONOLULU, Hawaii (HawaiiNewsNow) -"); after an
            // ordinary name it is a party or a country in brackets ("Sylvain Maillard (LREM):").
            var agencyOk = _lexicon.IsAgency(agency) || (capitals && char.IsUpper(agency[0]));
            var separatorOk = separator is DatelineSeparator.Dash or DatelineSeparator.SpanishDash
                              || (separator == DatelineSeparator.None && (standalone || _lexicon.IsAgency(agency)));
            if (!agencyOk || !separatorOk)
            {
                return null;
            }
        }
        else
        {
            if (!known && !qualified)
            {
                return null;
            }

            var separatorOk = separator switch
            {
                DatelineSeparator.Dash or DatelineSeparator.SpanishDash => true,
                DatelineSeparator.Colon => capitals && !m.Groups["date"].Success,
                _ => standalone && (capitals || qualified),
            };
            if (!separatorOk)
            {
                return null;
            }
        }

        var placeEnd = m.Groups["qualifier"].Success
            ? m.Groups["qualifier"].Captures[^1].Index + m.Groups["qualifier"].Captures[^1].Length
            : placeGroup.Index + placeGroup.Length;
        var place = text[placeGroup.Index..placeEnd];
        if (spanishPoint && agency is null && place.EndsWith('.'))
        {
            place = place[..^1];
        }

        var date = m.Groups["date"].Success ? m.Groups["date"].Value : null;
        var form = agency is null ? DatelineForm.Place : DatelineForm.PlaceAndAgency;
        return new DatelineMatch(0, 0, 0, place, agency, date, form, separator);
    }

    private static bool StartsLikeStory(string rest)
        => rest.Length > 0 && (char.IsUpper(rest[0]) || char.IsDigit(rest[0]) || "\"“”‘'«„¿¡".Contains(rest[0]));
}
