using System.Globalization;
using System.Security;
using System.Text;

using Dateline.Core.Model;

namespace Dateline.Store.Export;

/// <summary>
/// Writes articles as a GDELT Global Knowledge Graph 2.1-style file: tab-separated, no header, one row per article
/// with the 27 fields of the GKG 2.1 codebook in its order and delimiters, so GKG tools load it as they load GDELT's
/// own files. Fields Dateline has nothing for (counts, themes, tone, GCAM, embeds, translation) are empty. Every
/// field, and how it is filled, is in docs/exports.md.
/// </summary>
internal static class GkgWriter
{
    /// <summary>The GKG 2.1 field names, in file order.</summary>
    public static IReadOnlyList<string> Fields { get; } =
    [
        "GKGRECORDID", "V2.1DATE", "V2SOURCECOLLECTIONIDENTIFIER", "V2SOURCECOMMONNAME", "V2DOCUMENTIDENTIFIER",
        "V1COUNTS", "V2.1COUNTS", "V1THEMES", "V2ENHANCEDTHEMES", "V1LOCATIONS", "V2ENHANCEDLOCATIONS", "V1PERSONS",
        "V2ENHANCEDPERSONS", "V1ORGANIZATIONS", "V2ENHANCEDORGANIZATIONS", "V1.5TONE", "V2.1ENHANCEDDATES", "V2GCAM",
        "V2.1SHARINGIMAGE", "V2.1RELATEDIMAGES", "V2.1SOCIALIMAGEEMBEDS", "V2.1SOCIALVIDEOEMBEDS", "V2.1QUOTATIONS",
        "V2.1ALLNAMES", "V2.1AMOUNTS", "V2.1TRANSLATIONINFO", "V2EXTRASXML",
    ];

    public static long Write(IEnumerable<ExportedArticle> articles, Stream output)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        long n = 0;
        foreach (var article in articles)
        {
            writer.WriteLine(string.Join('\t', Row(article, n)));
            n++;
        }

        return n;
    }

    /// <summary>The 27 fields of one article.</summary>
    public static string[] Row(ExportedArticle a, long sequence)
    {
        var date = Date(a);
        var web = Web(a.Url);
        var places = a.Entities.Where(e => e.Label is "GPE" or "LOC" && e.Latitude is not null && e.Longitude is not null).ToList();
        var persons = a.Entities.Where(e => e.Label == "PERSON").ToList();
        var organisations = a.Entities.Where(e => e.Label == "ORG").ToList();
        var quotes = a.Quotes.Where(q => q.Kind is "direct" or "mixed").ToList();
        return
        [
            $"{date}-{sequence.ToString(CultureInfo.InvariantCulture)}",
            date,
            web is null ? "2" : "1",
            Clean(web is null ? a.Site : web.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? web.Host[4..] : web.Host),
            Clean(web?.AbsoluteUri ?? a.Input),
            string.Empty,
            string.Empty,
            string.Empty,
            string.Empty,
            string.Join(';', places.Select(p => Location(p, enhanced: false, offset: 0)).Distinct(StringComparer.Ordinal)),
            string.Join(';', places.SelectMany(p => p.MentionStarts.Select(o => Location(p, enhanced: true, o)))),
            string.Join(';', persons.Select(p => Name(p.Name)).Distinct(StringComparer.Ordinal)),
            string.Join(';', Mentions(persons)),
            string.Join(';', organisations.Select(o => Name(o.Name)).Distinct(StringComparer.Ordinal)),
            string.Join(';', Mentions(organisations)),
            string.Empty,
            string.Join(';', a.Times.Select(EnhancedDate).Where(d => d is not null)),
            string.Empty,
            Clean(Web(a.Image)?.AbsoluteUri),
            string.Empty,
            string.Empty,
            string.Empty,
            string.Join('#', quotes.Select(q => string.Join('|', N(q.Start), N(q.End - q.Start), Strip(q.Cue, "|#"), Strip(QuoteWords(q.Text), "|#")))),
            string.Join(';', Mentions(a.Entities)),
            string.Join(';', a.Amounts.Select(m => string.Join(',', m.Value.ToString("0.######", CultureInfo.InvariantCulture), Strip(m.Unit, ",;"), N(m.Start)))),
            string.Empty,
            Extras(a, quotes),
        ];
    }

    /// <summary>V2.1DATE, yyyyMMddHHmmss: the publication instant, else the publication day at 00:00:00, else when it was ingested.</summary>
    private static string Date(ExportedArticle a)
    {
        if (a.PublishedAt is { } at)
        {
            return at.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        }

        if (a.Published is { } day)
        {
            return day.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "000000";
        }

        return a.IngestedAt?.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) ?? string.Empty;
    }

    /// <summary>
    /// A location block: type (1 country, 3 US city, 4 world city), full name ("Cairo, Egypt"), country code and ADM1
    /// (left empty: Dateline knows country names, not the FIPS codes GKG uses), [ADM2,] latitude, longitude, feature id
    /// (empty), [character offset].
    /// </summary>
    private static string Location(ExportedEntity place, bool enhanced, long offset)
    {
        var isCountry = place.Country is not null && string.Equals(place.Country, place.Name, StringComparison.OrdinalIgnoreCase);
        var type = isCountry ? "1" : place.Country is "United States" ? "3" : "4";
        var fullName = isCountry || place.Country is null ? place.Name : place.Name + ", " + place.Country;
        var fields = new List<string> { type, Strip(fullName, "#;"), string.Empty, string.Empty };
        if (enhanced)
        {
            fields.Add(string.Empty);
        }

        fields.Add(place.Latitude!.Value.ToString("0.#####", CultureInfo.InvariantCulture));
        fields.Add(place.Longitude!.Value.ToString("0.#####", CultureInfo.InvariantCulture));
        fields.Add(string.Empty);
        if (enhanced)
        {
            fields.Add(N(offset));
        }

        return string.Join('#', fields);
    }

    /// <summary>"Name,offset" for every mention of the entities, in text order.</summary>
    private static IEnumerable<string> Mentions(IEnumerable<ExportedEntity> entities)
        => entities.SelectMany(e => e.MentionStarts.Select(o => (Name: Name(e.Name), Offset: o)))
            .OrderBy(m => m.Offset).Select(m => m.Name + "," + N(m.Offset));

    /// <summary>
    /// A TIMEX3 DATE as "resolution#month#day#year#offset": 4 a full date, 3 month and day without a year, 2 a month
    /// of a year, 1 a year; a TIME by its day ("Friday afternoon" is 2023-11-08TAF, "at 6:36 p.m." 2023-11-08T18:36:
    /// GDELT's dates have no time of day); other types and values (weeks, seasons, references like PRESENT_REF) give none.
    /// </summary>
    internal static string? EnhancedDate(ExportedTime t)
    {
        var v = t.Type switch { "DATE" => t.Value, "TIME" => TimexDates.DateOfTime(t.Value), _ => null };
        if (v is null)
        {
            return null;
        }

        var parts = v.Split('-');
        bool Num(string s, int length) => s.Length == length && s.All(char.IsAsciiDigit);
        var offset = N(t.Start);
        return parts switch
        {
            [var y, var m, var d] when Num(y, 4) && Num(m, 2) && Num(d, 2) => $"4#{int.Parse(m, CultureInfo.InvariantCulture)}#{int.Parse(d, CultureInfo.InvariantCulture)}#{y}#{offset}",
            ["XXXX", var m, var d] when Num(m, 2) && Num(d, 2) => $"3#{int.Parse(m, CultureInfo.InvariantCulture)}#{int.Parse(d, CultureInfo.InvariantCulture)}#0#{offset}",
            [var y, var m] when Num(y, 4) && Num(m, 2) => $"2#{int.Parse(m, CultureInfo.InvariantCulture)}#0#{y}#{offset}",
            [var y] when Num(y, 4) => $"1#0#0#{y}#{offset}",
            _ => null,
        };
    }

    /// <summary>
    /// V2EXTRASXML: GDELT's PAGE_TITLE, PAGE_AUTHORS and PAGE_PRECISEPUBTIMESTAMP, then Dateline's own: the article
    /// id, its language and the speaker of each quotation ("offset|speaker" blocks joined by '#', in the order of
    /// V2.1QUOTATIONS).
    /// </summary>
    private static string Extras(ExportedArticle a, IReadOnlyList<ExportedQuote> quotes)
    {
        var xml = new StringBuilder();
        void Tag(string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                xml.Append('<').Append(name).Append('>').Append(SecurityElement.Escape(Clean(value))).Append("</").Append(name).Append('>');
            }
        }

        Tag("PAGE_TITLE", a.Title);
        Tag("PAGE_AUTHORS", string.Join("; ", a.Authors));
        Tag("PAGE_PRECISEPUBTIMESTAMP", a.PublishedAt?.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture));
        Tag("DATELINE_ID", a.Id);
        Tag("DATELINE_LANGUAGE", a.Language);
        Tag("DATELINE_QUOTESPEAKERS", string.Join('#', quotes.Where(q => q.Speaker is not null).Select(q => N(q.Start) + "|" + Strip(q.Speaker, "|#"))));
        return xml.ToString();
    }

    /// <summary>The quoted words without the marks and trailing comma around them.</summary>
    private static string QuoteWords(string text) => text.Trim().Trim('"', '\u201C', '\u201D', '\u00AB', '\u00BB', '\u201E', '\'', '\u2018', '\u2019').TrimEnd(',', ' ').Trim();

    private static string Name(string name) => Strip(name, ",;#");

    private static Uri? Web(string? url)
        => Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? uri : null;

    private static string N(long n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>Text with line breaks and tabs made spaces, so it cannot break a row or a field.</summary>
    private static string Clean(string? text)
        => text is null ? string.Empty : string.Join(' ', text.Split(['\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries)).Trim();

    /// <summary><see cref="Clean"/>, and the field's own delimiters made spaces.</summary>
    private static string Strip(string? text, string delimiters)
    {
        var clean = Clean(text);
        foreach (var d in delimiters)
        {
            clean = clean.Replace(d, ' ');
        }

        return clean.Trim();
    }
}
