using Dateline.Core.Layers.Entities;
using Dateline.Store.Sql;

namespace Dateline.Store.Entities;

/// <summary>
/// The resolution key of an article's entity taken on its own (before the collection's rules: surnames, acronyms, a
/// curator's merges): the key says which real-world thing a name is when nothing else is known.
/// <list type="bullet">
/// <item>people: <c>PER|full name</c> — a person never joins an organisation or a place of the same name ("Jordan").</item>
/// <item>countries: <c>country|country name</c> — the article's resolver read the name as the country itself (subtype
/// <c>country</c>), so "US", "U.S.", "United States" and "America" are one key.</item>
/// <item>other places: <c>place|name|country</c> — a place in a country is not the country, with coordinates or
/// without ("Atlanta", "Palm Beach County", which the resolver places in a country without pinning them down), and the
/// same name in two countries stays two places (Georgia the US state and Georgia the country).</item>
/// <item>nationalities and groups: <c>NORP|name</c>; organisations and the rest: <c>name|name</c> whatever the label,
/// so "Twitter" tagged ORG in one article and MISC in another is one entity (its type is then the majority); a leading
/// "the" is not part of the key, so "The Guardian" and "Guardian" are one.</item>
/// </list>
/// </summary>
public static class CanonicalKeys
{
    public const string PersonPrefix = "PER|";

    /// <param name="subtype">The contract's subtype code (<see cref="EntitySubtypes"/>): <c>country</c> alone makes a country key.</param>
    public static string Of(string name, string label, string? subtype, string? country)
    {
        var norm = EntityNames.Normalize(name);
        return label switch
        {
            EntityLabels.Person => PersonPrefix + norm,
            EntityLabels.Norp => "NORP|" + norm,
            EntityLabels.Gpe or EntityLabels.Location when subtype == EntitySubtypes.Country && !string.IsNullOrWhiteSpace(country)
                => "country|" + EntityNames.Normalize(country),
            EntityLabels.Gpe or EntityLabels.Location
                => "place|" + norm + "|" + (string.IsNullOrWhiteSpace(country) ? string.Empty : EntityNames.Normalize(country)),
            // "The Guardian" and "Guardian", "The Associated Press" and "Associated Press" are one organisation: the
            // Wikinews store held 8 such pairs as two entities each (nineteenth sitting)
            _ => "name|" + (norm.StartsWith("the ", StringComparison.Ordinal) && norm.Length > 4 ? norm[4..] : norm),
        };
    }

    public static bool IsPerson(string key) => key.StartsWith(PersonPrefix, StringComparison.Ordinal);

    public static bool IsCountry(string key) => key.StartsWith("country|", StringComparison.Ordinal);

    public static bool IsPlace(string key) => key.StartsWith("place|", StringComparison.Ordinal) || IsCountry(key);

    /// <summary>The surname a full name is looked up by ("donald trump" → "trump"); null for a one-word name.</summary>
    public static string? SurnameOf(string key)
    {
        if (!IsPerson(key))
        {
            return null;
        }

        var words = NameWords(key);
        var last = SurnameEnd(words);
        return last >= 2 ? words[last - 1] : null;
    }

    /// <summary>
    /// A person's name without its middle names and initials, and the initials of those ("PER|james c. kopp" and
    /// "PER|james charles kopp" → ("PER|james kopp", "c"); "PER|george h.w. bush" → ("PER|george bush", "hw"); a
    /// generational suffix stays: "PER|john g. roberts jr." → "PER|john roberts jr."), or null when the name has no
    /// middle word, or its first word is an initial ("j. edgar hoover": the middle name is the one used).
    /// </summary>
    public static NameWithoutMiddle? WithoutMiddle(string key)
    {
        if (!IsPerson(key))
        {
            return null;
        }

        var words = NameWords(key);
        var last = SurnameEnd(words);

        // words[0] the first name, words[last - 1] the surname, the middle ones between.
        if (last < 3 || words[0].Contains('.', StringComparison.Ordinal) || words[0].Length < 2)
        {
            return null;
        }

        var initials = new System.Text.StringBuilder(last);
        foreach (var middle in words[1..(last - 1)])
        {
            foreach (var part in middle.Split(['.', '-'], StringSplitOptions.RemoveEmptyEntries))
            {
                initials.Append(part[0]);
            }
        }

        return new NameWithoutMiddle(PersonPrefix + words[0] + " " + string.Join(' ', words[(last - 1)..]), initials.ToString());
    }

    private static string[] NameWords(string key) => key[PersonPrefix.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>How many of a person's name words run to the surname: the generational suffixes after it left out ("John Conyers Jr." is a Conyers).</summary>
    private static int SurnameEnd(string[] words)
    {
        var last = words.Length;
        while (last > 1 && GenerationalSuffixes.Contains(words[last - 1]))
        {
            last--;
        }

        return last;
    }

    /// <summary>A one-word person's name ("Trump"), the form the surname rule resolves.</summary>
    public static bool IsSingleWordPerson(string key)
        => IsPerson(key) && key.Length > PersonPrefix.Length && key.IndexOf(' ', PersonPrefix.Length) < 0;

    /// <summary>
    /// An acronym as news writes one: two to eight capital letters, digits or ampersands, at least two letters, dots
    /// between letters allowed ("NATO", "WHO", "U.N."); the letters in upper case, or null.
    /// </summary>
    public static string? AcronymOf(string name)
    {
        var letters = new System.Text.StringBuilder(8);
        foreach (var c in name.Trim())
        {
            if (c == '.')
            {
                continue;
            }

            if (!(char.IsUpper(c) || char.IsDigit(c) || c == '&'))
            {
                return null;
            }

            letters.Append(c);
        }

        return letters.Length is >= 2 and <= 8 && letters.ToString().Count(char.IsLetter) >= 2 ? letters.ToString() : null;
    }

    /// <summary>
    /// The initials of a multi-word name, function words skipped ("North Atlantic Treaty Organization" → NATO, "World
    /// Health Organization" → WHO); null for one word.
    /// </summary>
    public static string? InitialsOf(string name)
    {
        var words = name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2)
        {
            return null;
        }

        var initials = new System.Text.StringBuilder(words.Length);
        foreach (var word in words)
        {
            if (char.IsUpper(word[0]) || char.IsDigit(word[0]))
            {
                initials.Append(word[0]);
            }
            else if (!FunctionWords.Contains(word))
            {
                return null;
            }
        }

        return initials.Length >= 2 ? initials.ToString() : null;
    }

    private static readonly HashSet<string> GenerationalSuffixes = new(["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"], StringComparer.Ordinal);

    private static readonly HashSet<string> FunctionWords = new(["of", "the", "and", "for", "de", "du", "des", "la", "le", "del", "on", "in", "&"], StringComparer.OrdinalIgnoreCase);
}
