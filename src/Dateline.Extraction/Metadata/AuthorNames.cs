using System.Text.RegularExpressions;
using Dateline.Extraction.Datelines;
using Dateline.Extraction.TextDump;

namespace Dateline.Extraction.Metadata;

/// <summary>
/// Turns author values from metadata and bylines into people's names: splits lists ("A, B and C", "A (avec B et C)"),
/// drops labels ("By", "Eingestellt von": Data/author-prefixes.txt), roles, dates and picture credits
/// (Data/author-stopwords.txt), degrees (Data/author-credentials.txt), e-mail prompts, URLs and handles, and tells the
/// site's own name apart from the people ("By A, B, Site": two people and the outlet).
/// </summary>
public sealed partial class AuthorNames
{
    private static readonly Lazy<AuthorNames> DefaultNames = new(() => new AuthorNames(
        ChromeLexicon.ReadResource("author-stopwords.txt"),
        ChromeLexicon.ReadResource("author-prefixes.txt"),
        ChromeLexicon.ReadResource("author-credentials.txt")));

    private static readonly char[] NameEnds = [' ', '.', ',', ';', ':', '|', '-', '–', '—', '·', '"', '\''];

    private readonly HashSet<string> _stopwords;
    private readonly HashSet<string> _credentials;
    private readonly Regex _prefix;

    public AuthorNames(string stopwords, string prefixes, string credentials)
    {
        _stopwords = new HashSet<string>(Lines(stopwords), StringComparer.OrdinalIgnoreCase);
        _credentials = new HashSet<string>(Lines(credentials).Select(c => c.Replace(".", string.Empty, StringComparison.Ordinal)), StringComparer.OrdinalIgnoreCase);
        // Longest labels first, so "written by" is taken whole before "by" could be.
        var labels = Lines(prefixes).OrderByDescending(l => l.Length).Select(l => Regex.Escape(l).Replace("\\ ", "\\s+", StringComparison.Ordinal));
        _prefix = new Regex($@"^(?:{string.Join('|', labels)})\s*:?(?:\s+|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    public static AuthorNames Default => DefaultNames.Value;

    /// <summary>The people named in the values, in order, without repeats; the site's own name is left out.</summary>
    public IReadOnlyList<string> Clean(IEnumerable<string> values, SiteIdentity site, bool handles = false) => Read(values, site, handles).People;

    /// <summary>
    /// The people named in the values, and apart from them the names that are the site's own (its outlet). With
    /// <paramref name="handles"/> (values from author markup, not free text) a user name in lower case ("gizzmo") is a name too.
    /// </summary>
    public AuthorList Read(IEnumerable<string> values, SiteIdentity site, bool handles = false)
    {
        var people = new List<string>();
        var outlets = new List<string>();
        foreach (var value in values)
        {
            // "hessenschau.de, Frankfurt, Germany": a value naming the site's domain is the outlet's imprint, not people.
            if (site.MentionsHost(value))
            {
                continue;
            }

            // Links go before the list is split: their slashes are no separators.
            var text = WithParts().Replace(Link().Replace(Parenthesized().Replace(value.Trim(), " "), " "), ", $1");
            foreach (var part in WithoutImprintAddress(Pieces(WithoutLabel(text), site, handles).ToList()))
            {
                // Only the whole name of the site is the outlet, kept as written ("BBC News"): a blog named after its
                // author ("Andrea" on andreabottlinger.…) is by a person.
                var whole = Whitespace().Replace(WithoutLabel(part.Trim()), " ").Trim(NameEnds);
                if (site.IsExactly(whole))
                {
                    AddOnce(outlets, whole);
                    continue;
                }

                // "Markus Weber, London, Eva Roth", "…, Münster, Germany": the place the report was filed from is no co-author.
                if (Clean(WithoutLabel(part.Trim()), site, handles) is { } name && !DatelineLexicon.Default.IsCity(name) && !DatelineLexicon.Default.IsCountry(name))
                {
                    AddOnce(site.IsExactly(name) ? outlets : people, name);
                }
            }
        }

        return new AuthorList(people, outlets);
    }

    /// <summary>
    /// The value split at punctuation ("A, B; C | D"), then at conjunctions ("A and B", "A und B", "A e B") only where
    /// each side is a name of two words or more or something no name (a role, an agency): "José Volta e Pinto",
    /// "Bundesministerium für Wirtschaft und Klimaschutz" and "Jobs &amp; Hire" are one name each, not fragments.
    /// </summary>
    private IEnumerable<string> Pieces(string text, SiteIdentity site, bool handles)
    {
        foreach (var part in Separator().Split(text))
        {
            var sides = Conjunction().Split(part);
            if (sides.Length == 1)
            {
                yield return part;
                continue;
            }

            var whole = false;
            var named = 0;
            foreach (var side in sides)
            {
                if (side.AsSpan().Trim().IsEmpty)
                {
                    continue;
                }

                named++;
                if (side.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 1 && Clean(WithoutLabel(side.Trim()), site, handles) is not null)
                {
                    whole = true;
                }
            }

            if (whole && named > 1)
            {
                yield return part;
                continue;
            }

            foreach (var side in sides)
            {
                yield return side;
            }
        }
    }

    /// <summary>
    /// "Kirche und Leben, Münster, Germany", "GIROMATCH, Frankfurt a. M., Germany": a value that ends in a country is an
    /// imprint (its owner, its town, its country), and a town between the owner and the country is its address, whatever
    /// the town (the dateline lexicon knows the large cities only, and not "Frankfurt a. M."). People may stand there
    /// too ("Sebastian Held, Daniel Hentschel ebrosia, Germany"), so only what has a town's shape goes.
    /// </summary>
    private static List<string> WithoutImprintAddress(List<string> pieces)
    {
        if (pieces.Count < 3 || !DatelineLexicon.Default.IsCountry(pieces[^1].Trim().Trim(NameEnds)))
        {
            return pieces;
        }

        return pieces.Where((piece, i) => i == 0 || i == pieces.Count - 1 || !TownShape().IsMatch(piece.Trim())).ToList();
    }

    private static void AddOnce(List<string> list, string name)
    {
        if (!list.Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            list.Add(name);
        }
    }

    private string WithoutLabel(string text)
    {
        // Twice: "Text: Von Jane Doe".
        var once = _prefix.Replace(text, string.Empty);
        return _prefix.Replace(once, string.Empty);
    }

    private string? Clean(string part, SiteIdentity site, bool handles)
    {
        var text = Whitespace().Replace(Handle().Replace(part, " "), " ").Trim(NameEnds);
        // A bracket is trimmed only when its partner is gone: "Jane Doe (jdoe)" keeps both.
        if (text.EndsWith(')') && !text.Contains('(', StringComparison.Ordinal))
        {
            text = text.TrimEnd(')').TrimEnd();
        }

        if (text.StartsWith('(') && !text.Contains(')', StringComparison.Ordinal))
        {
            text = text.TrimStart('(').TrimStart();
        }

        // A byline runs on into its date ("By Jane Doe March 11, 2016"): the name ends where digits begin.
        // A user name from author markup may hold digits ("delta201").
        var digit = handles && UserName().IsMatch(text) ? -1 : text.IndexOfAny("0123456789".ToCharArray());
        if (digit >= 0)
        {
            text = text[..digit];
        }

        if (text.Length < 3 || text.Length > 60 || text.Contains('@', StringComparison.Ordinal) || text.Contains("://", StringComparison.Ordinal))
        {
            return null;
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        // "Online-Redaktion" is a role as "Redaktion" is.
        var cut = words.FindIndex(w => w.Trim('.', ',', '(', ')', ':').Split('-').Any(_stopwords.Contains));
        // One word right before a role is the role's own qualifier, not a name: "Court Reporter", "Crime
        // Correspondent" ("Margaret Court, Reporter" is split at its comma first).
        if (cut == 1 && words.Count == 2)
        {
            return null;
        }

        if (cut >= 0)
        {
            words = words.Take(cut).ToList();
        }

        // The outlet's name run on after a person's ("Adam Aaronson PhillyVoice Staff").
        var outlet = words.Count > 1 ? words.FindIndex(1, site.IsExactlyNamed) : -1;
        if (outlet > 0)
        {
            words = words.Take(outlet).ToList();
        }

        while (words.Count > 0 && _credentials.Contains(words[^1].Trim('.', ',').Replace(".", string.Empty, StringComparison.Ordinal)))
        {
            words.RemoveAt(words.Count - 1);
        }

        // An article left alone once an outlet's name is cut ("Colleen Barry, The Associated Press" → "The").
        if (words.Count == 1 && words[0].Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        // Initials alone ("J J") are no name.
        if (words.All(w => w.Trim('.').Length <= 1))
        {
            return null;
        }

        if (words.Count is 0 or > 5)
        {
            return null;
        }

        // A name has a capital (or a script without case); author markup may give a user name instead.
        if (!words.Any(w => w.Length > 0 && (char.IsUpper(w[0]) || (char.IsLetter(w[0]) && !char.IsLower(w[0]))))
            && !(handles && words.Count == 1 && UserName().IsMatch(words[0])))
        {
            return null;
        }

        return string.Join(' ', words).TrimEnd(',', ';', ':');
    }

    private static IEnumerable<string> Lines(string text)
        => text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'));

    /// <summary>"A (avec B et C)", "A (with B)": the people in the brackets are co-authors.</summary>
    [GeneratedRegex(@"\(\s*(?:avec|with|mit|con|and|und|et|y)\s+([^()]*)\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WithParts();

    [GeneratedRegex(@"\s*(?:,|;|/|\||\s[-–—]\s)\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Separator();

    [GeneratedRegex(@"\s*(?:\band\b|\bund\b|\bet\b|\by\b|\be\b|&|\bwith\b|\bmit\b|\bavec\b|\bcon\b)\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Conjunction();

    [GeneratedRegex(@"(?:https?://|www\.)\S*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Link();

    [GeneratedRegex(@"(?<!\S)@\w+", RegexOptions.CultureInvariant)]
    private static partial Regex Handle();

    [GeneratedRegex(@"^\p{Ll}[\p{L}\p{N}._-]{2,}$", RegexOptions.CultureInvariant)]
    private static partial Regex UserName();

    [GeneratedRegex(@"\((?:https?:|www\.|@)[^)]*\)?", RegexOptions.CultureInvariant)]
    private static partial Regex Parenthesized();

    /// <summary>A town as imprints write it: one name, then only its river's or region's short form ("a. M.", "i. Br.", "(Saale)").</summary>
    [GeneratedRegex(@"^\p{Lu}[\p{L}-]+(?:\s+(?:\p{Ll}+\.?|\p{Lu}\p{Ll}{0,2}\.|\p{Lu}|\([^()]*\)))*\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex TownShape();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
