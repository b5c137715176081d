using System.Text.RegularExpressions;
using Dateline.Core.Model;

namespace Dateline.Extraction.TextDump;

/// <summary>
/// Recognizes the dateline that opens a wire story: "MOSCOW (AP) —", "WASHINGTON (Reuters) -",
/// "LONDON, Aug 19 (Reuters) -", "(CNN) —", "BEIJING —", "SAN FRANCISCO, Calif. (AP) —".
/// </summary>
public static partial class DatelineParser
{
    public static DatelineInfo? Parse(string paragraph)
    {
        var m = PlaceAgency().Match(paragraph);
        if (m.Success)
        {
            return Make(m, m.Groups["place"].Value, m.Groups["agency"].Value);
        }

        m = AgencyOnly().Match(paragraph);
        if (m.Success)
        {
            return Make(m, null, m.Groups["agency"].Value);
        }

        m = PlaceOnly().Match(paragraph);
        return m.Success ? Make(m, m.Groups["place"].Value, null) : null;
    }

    private static DatelineInfo Make(Match m, string? place, string? agency)
    {
        place = place?.Trim().TrimEnd(',').Trim();
        return new DatelineInfo(string.IsNullOrEmpty(place) ? null : place, string.IsNullOrWhiteSpace(agency) ? null : agency.Trim())
        {
            Span = new TextSpan(m.Index, m.Index + m.Length),
        };
    }

    // A place in capitals (words, dots, hyphens, apostrophes), optionally ", State." and/or ", Aug 19", then the agency in parentheses and a dash.
    [GeneratedRegex(@"^(?<place>\p{Lu}[\p{Lu}\p{M}.'’\-]*(?:[ ]+\p{Lu}[\p{Lu}\p{M}.'’\-]*){0,4})(?:,[ ]*\p{Lu}[\p{L}.]{1,14}(?:[ ]\p{Lu}[\p{L}.]+)?)?(?:,[ ]*(?:\p{Lu}[a-z]{2,8}\.?[ ]+\d{1,2}|\d{1,2}[ ]+\p{Lu}[a-z]{2,8}\.?))?[ ]*\((?<agency>[\p{L}][\p{L}\p{N} .&'/-]{0,40})\)[ ]*(?:[—–\-]{1,2}|:)[ ]*", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceAgency();

    [GeneratedRegex(@"^\((?<agency>[\p{L}][\p{L}\p{N} .&'/-]{0,40})\)[ ]*(?:[—–\-]{1,2}|:)[ ]*", RegexOptions.CultureInvariant)]
    private static partial Regex AgencyOnly();

    // Without an agency, demand at least two capitals and a real dash so that "A —" or a shouted sentence start is not a place.
    [GeneratedRegex(@"^(?<place>\p{Lu}[\p{Lu}\p{M}.'’\-]+(?:[ ]+\p{Lu}[\p{Lu}\p{M}.'’\-]+){0,4})(?:,[ ]*\p{Lu}[\p{L}.]{1,14}(?:[ ]\p{Lu}[\p{L}.]+)?)?(?:,[ ]*(?:\p{Lu}[a-z]{2,8}\.?[ ]+\d{1,2}|\d{1,2}[ ]+\p{Lu}[a-z]{2,8}\.?))?[ ]*(?:—|–|--|-(?=[ ]))[ ]*", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceOnly();
}
