using System.IO.Compression;
using Dateline.Language.Entities;
using Dateline.Language;

namespace Dateline.Training.Entities;

/// <summary>
/// Reads the gazetteers of a lexicon folder (../shared/data/lexicons) at training time. Only lists whose licence
/// allows redistribution go into a shipped model; the research-only Illinois/Wikipedia lists only when asked for.
/// </summary>
public static class LexiconSources
{
    /// <param name="includeOrgHeads">
    /// Whether the organisation head words of Data/org-heads.txt are entries (category OrgHead); only models with the
    /// capitalised-phrase templates read them, and without them the gazetteer of earlier models is rebuilt exactly.
    /// </param>
    public static Lexicon Load(string folder, bool includeResearchOnly, RoleWords roles, bool includeOrgHeads = false)
    {
        var builder = new LexiconBuilder();
        foreach (var row in Rows(Path.Combine(folder, "countries.tsv.gz")))
        {
            // cca2 cca3 ccn3 name_common name_official demonym_eng extra_nationality capital region subregion alt_spellings
            AddAll(builder, LexiconCategory.Country, Cell(row, 3), Cell(row, 4));
            foreach (var alt in Cell(row, 10).Split('|', StringSplitOptions.RemoveEmptyEntries))
            {
                if (alt.Length > 2)
                {
                    builder.Add(alt, LexiconCategory.Country);
                }
            }

            foreach (var demonym in Demonyms(Cell(row, 5), Cell(row, 6)))
            {
                builder.Add(demonym, LexiconCategory.Demonym);
            }

            foreach (var capital in Cell(row, 7).Split('|', StringSplitOptions.RemoveEmptyEntries))
            {
                builder.Add(capital, LexiconCategory.City);
            }
        }

        foreach (var row in Rows(Path.Combine(folder, "cities_geonames.tsv.gz")))
        {
            builder.Add(Cell(row, 0), LexiconCategory.City);
            builder.Add(Cell(row, 2), LexiconCategory.Region);
        }

        foreach (var row in Rows(Path.Combine(folder, "first_names.tsv.gz")))
        {
            builder.Add(Cell(row, 0), LexiconCategory.FirstName);
        }

        foreach (var row in Rows(Path.Combine(folder, "last_names.txt.gz")))
        {
            builder.Add(Cell(row, 0), LexiconCategory.LastName);
        }

        foreach (var row in Rows(Path.Combine(folder, "humannames_large.txt.gz")))
        {
            builder.Add(Cell(row, 0), LexiconCategory.PersonName);
        }

        foreach (var row in Rows(Path.Combine(folder, "org_suffixes.tsv.gz")))
        {
            builder.Add(Cell(row, 0), LexiconCategory.OrgSuffix);
        }

        foreach (var row in Rows(Path.Combine(folder, "government_agencies.txt.gz")))
        {
            builder.Add(Cell(row, 0), LexiconCategory.Agency);
        }

        foreach (var line in ResourceText.Lines("country-aliases.txt"))
        {
            builder.Add(line.Split('\t')[0], LexiconCategory.Country);
        }

        foreach (var line in ResourceText.Lines("demonym-aliases.txt"))
        {
            builder.Add(line.Split('\t')[0], LexiconCategory.Demonym);
        }

        if (includeOrgHeads)
        {
            foreach (var word in ResourceText.Lines("org-heads.txt"))
            {
                builder.Add(word, LexiconCategory.OrgHead);
            }
        }

        foreach (var word in roles.Words)
        {
            builder.Add(word, LexiconCategory.Role);
        }

        if (includeResearchOnly)
        {
            foreach (var row in Rows(Path.Combine(folder, "wiki_locations.txt.gz")))
            {
                builder.Add(Cell(row, 0), LexiconCategory.WikiLocation);
            }

            foreach (var row in Rows(Path.Combine(folder, "wiki_organizations.txt.gz")))
            {
                builder.Add(Cell(row, 0), LexiconCategory.WikiOrganization);
            }

            foreach (var row in Rows(Path.Combine(folder, "known_corporations.txt.gz")))
            {
                builder.Add(Cell(row, 0), LexiconCategory.Corporation);
            }
        }

        return builder.Build();
    }

    /// <summary>"Libyan", plus plurals ("Libyans"); extra nationality words may be comma or pipe separated.</summary>
    public static IEnumerable<string> Demonyms(string demonym, string extra)
    {
        foreach (var d in (demonym + "|" + extra).Split(['|', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            yield return d;
            if (d.EndsWith("an", StringComparison.Ordinal) || d.EndsWith("i", StringComparison.Ordinal))
            {
                yield return d + "s";
            }
        }
    }

    public static IEnumerable<string[]> Rows(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"lexicon file missing: {path}", path);
        }

        using var stream = File.OpenRead(path);
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            yield return line.Split('\t');
        }
    }

    private static string Cell(string[] row, int index) => index < row.Length ? row[index].Trim() : string.Empty;

    private static void AddAll(LexiconBuilder builder, LexiconCategory category, params string[] phrases)
    {
        foreach (var p in phrases)
        {
            if (p.Length > 0)
            {
                builder.Add(p, category);
            }
        }
    }
}
