using System.Numerics;
using System.Runtime.InteropServices;
using Dateline.Core.Layers.Entities;
using Dateline.Core.Model;
using Dateline.Core.Pipeline;
using Dateline.Language.Entities;
using Dateline.Language.Resolution;

namespace Dateline.Training.Resolution;

/// <summary>
/// Learns which reading news means by a place name (`dateline train place-prior`). Each article
/// that names the place votes for the readings whose evidence it carries: the reading's first-level division named
/// elsewhere in the article, or its country named (by name or people) when that singles the reading out within the
/// country (a capital, a division, the country's only town of the name). A country or division named in most articles
/// ("U.S." in VOA) favours nothing by itself, so each reading's count is set against its base rate over all
/// articles: excess = observed − articles naming the place × the share of all articles carrying that evidence. The
/// reading with the most excess is kept when it has <see cref="PlacePriorOptions.MinExcessArticles"/> and
/// <see cref="PlacePriorOptions.MinShare"/> of all the readings' positive excess. A name with one reading (which
/// resolution leaves unplaced when the article names other countries) is kept only when its evidence is also
/// <see cref="PlacePriorOptions.MinLift"/> times its base rate (by its division alone, for a town whose country most
/// articles name), and it is no word the articles write in lower case.
/// </summary>
public sealed class PlacePriorBuilder(GeoGazetteer geo, PlacePriorOptions options)
{
    private readonly Dictionary<string, Dictionary<(string Country, string Division), Candidate>> _readings = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<int>> _byCountry = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _byDivision = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<int>> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _articlesWritingLowerCase = new(StringComparer.Ordinal);
    private int _articles;

    /// <summary>Articles read so far.</summary>
    public int Articles => _articles;

    /// <summary>Place names with a reading met in the articles so far.</summary>
    public int NamesSeen => _byName.Count;

    /// <summary>Reads the articles as `annotate --jsonl` tags them, up to the recognizer.</summary>
    /// <param name="pipeline">The `annotate --jsonl` pipeline (given text, then the language layers), composed by the host.</param>
    public static PlacePriorBuilder Read(IEnumerable<string> texts, PipelineBuilder pipeline, GeoGazetteer geo, PlacePriorOptions options)
    {
        var stages = pipeline.Build().Components.ToArray();
        stages = stages[..(Array.FindIndex(stages, c => c is EntityRecognizerComponent) + 1)];
        var builder = new PlacePriorBuilder(geo, options);
        foreach (var text in texts)
        {
            var document = Document.FromText("place-prior", text);
            foreach (var stage in stages)
            {
                document = stage.Process(document, ProcessingContext.None);
            }

            builder.Add(document.Text, document.Layer<EntityMention>());
        }

        return builder;
    }

    /// <summary>
    /// Reads one article through the recognizer's mentions: the countries it names (a country's name, or a people's
    /// word tagged as a nationality), the first-level divisions and the place names (with any reading in the gazetteer) it tags
    /// as places (GPE, LOC). Only tagged places count, so a surname ("Donald", "Jones") that is also a town votes for
    /// nothing.
    /// </summary>
    public void Add(string text, IEnumerable<EntityMention> mentions)
    {
        int article = _articles++;
        NoteLowerCaseWords(text);
        foreach (var mention in mentions)
        {
            var name = text[mention.Span.Start..mention.Span.End];
            if (mention.Label != EntityLabel.Person && geo.CountryByName(name) is { } country)
            {
                // a country's name is the country, never a town's reading (resolution takes it so before any place)
                Note(_byCountry, country.Code, article);
            }
            else if (mention.Label == EntityLabel.Norp && geo.CountryByDemonym(name) is { } people)
            {
                Note(_byCountry, people.Code, article);
            }
            else if (mention.Label is EntityLabel.Gpe or EntityLabel.Location)
            {
                if (geo.CountriesWithRegion(name).Count > 0)
                {
                    Note(_byDivision, name, article);
                }

                if (Readings(name).Count >= 1)
                {
                    Note(_byName, name, article);
                }
            }
        }
    }

    /// <summary>The usual readings the articles read so far single out, by name (ordinal).</summary>
    public IReadOnlyList<PlacePriorRow> Build()
    {
        var rows = new List<PlacePriorRow>();
        int words = (_articles + 63) / 64;
        var bitsByCountry = _byCountry.ToDictionary(kv => kv.Key, kv => Bits(kv.Value, words), StringComparer.Ordinal);
        var bitsByDivision = _byDivision.ToDictionary(kv => kv.Key, kv => Bits(kv.Value, words), StringComparer.OrdinalIgnoreCase);
        var evidence = new ulong[words];
        foreach (var name in _byName.Keys.Order(StringComparer.Ordinal))
        {
            var named = Bits(_byName[name], words);
            int articles = _byName[name].Count;
            var readings = Readings(name);
            var perCountry = readings.Keys.CountBy(k => k.Country).ToDictionary(StringComparer.Ordinal);
            var scored = new List<(PriorReading Reading, int Observed, double Expected)>(readings.Count);
            foreach (var ((country, division), candidate) in readings)
            {
                Array.Clear(evidence);
                if (division.Length > 0 && !division.Equals(name, StringComparison.OrdinalIgnoreCase) && bitsByDivision.TryGetValue(division, out var inDivision))
                {
                    Or(evidence, inDivision);
                }

                if ((candidate.Kind != PlaceReadingKind.Town || perCountry[country] == 1) && bitsByCountry.TryGetValue(country, out var inCountry))
                {
                    Or(evidence, inCountry);
                }

                var (all, observed) = Count(evidence, named);
                scored.Add((new PriorReading(PlaceName(name), country, division, candidate.Kind), observed, articles * (double)all / _articles));
            }

            double positive = scored.Sum(s => Math.Max(0, s.Observed - s.Expected));
            var best = scored.MaxBy(s => s.Observed - s.Expected);
            double excess = best.Observed - best.Expected;
            bool tied = scored.Count(s => s.Observed - s.Expected == excess) > 1;
            var winner = readings[(best.Reading.CountryCode, best.Reading.Division)];
            bool placeable = winner.Kind != PlaceReadingKind.Town || winner.Towns == 1;
            // A name with one reading has no rival to out-score (its share is always whole), so its evidence must
            // stand far above the base rate instead: "U.S." beside "Middle East" is no sign of Middle East, Maryland.
            // A one-word name the articles write in lower case as often as they tag it a place is a word first ("Hit",
            // an Iraqi town, tagged in a German page's "der Hit"): the recognizer's slips there would take its place.
            // A town of a country named everywhere (the U.S. in half the texts) cannot reach the lift by its country:
            // its division alone is then the evidence ("New Orleans" beside Louisiana, "Chicago" beside Illinois).
            bool alone = scored.Count == 1;
            if (alone && !Lifted(best) && DivisionAlone(best.Reading, bitsByDivision, named, articles) is { } byDivision && Lifted(byDivision))
            {
                (best, excess, positive) = (byDivision, byDivision.Observed - byDivision.Expected, byDivision.Observed - byDivision.Expected);
            }

            bool lifted = !alone || (Lifted(best) && !CommonWord(name, articles));
            if (!tied && placeable && lifted && excess >= options.MinExcessArticles && excess >= options.MinShare * positive)
            {
                rows.Add(new PlacePriorRow(best.Reading, articles, best.Observed, best.Expected, excess / positive));
            }
        }

        return rows;
    }

    private bool Lifted((PriorReading Reading, int Observed, double Expected) scored) => scored.Observed >= options.MinLift * scored.Expected;

    /// <summary>A town's articles counted by its division alone (not the name itself), or null when it has none named.</summary>
    private (PriorReading Reading, int Observed, double Expected)? DivisionAlone(PriorReading reading, Dictionary<string, ulong[]> bitsByDivision, ulong[] named, int articles)
    {
        if (reading.Kind != PlaceReadingKind.Town || reading.Division.Length == 0 || !bitsByDivision.TryGetValue(reading.Division, out var inDivision))
        {
            return null;
        }

        var (all, observed) = Count(inDivision, named);
        return (reading, observed, articles * (double)all / _articles);
    }

    /// <summary>Counts, once per article, each word it writes in lower case.</summary>
    private void NoteLowerCaseWords(string text)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int start = -1;
        for (int i = 0; i <= text.Length; i++)
        {
            bool letter = i < text.Length && char.IsLetter(text[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                if (char.IsLower(text[start]) && text[start..i] is var word && seen.Add(word))
                {
                    ref int count = ref CollectionsMarshal.GetValueRefOrAddDefault(_articlesWritingLowerCase, word, out _);
                    count++;
                }

                start = -1;
            }
        }
    }

    /// <summary>Whether a one-word name is written in lower case in at least as many articles as tag it a place.</summary>
    private bool CommonWord(string name, int articlesNamingIt)
        => name.All(char.IsLetter) && _articlesWritingLowerCase.GetValueOrDefault(name.ToLowerInvariant()) >= articlesNamingIt;

    /// <summary>
    /// The readings of a place name: its towns grouped by country and division, each first-level division of the
    /// name, each capital of the name (the readings resolution can place).
    /// </summary>
    private Dictionary<(string Country, string Division), Candidate> Readings(string name)
    {
        if (_readings.TryGetValue(name, out var known))
        {
            return known;
        }

        var readings = new Dictionary<(string, string), Candidate>();
        foreach (var place in geo.Places(name))
        {
            ref var reading = ref CollectionsMarshal.GetValueRefOrAddDefault(readings, (place.CountryCode, place.Region ?? string.Empty), out _);
            reading = reading with { Towns = reading.Towns + 1 };
        }

        foreach (var country in geo.CountriesWithRegion(name))
        {
            ref var reading = ref CollectionsMarshal.GetValueRefOrAddDefault(readings, (country, name), out _);
            reading = reading with { Kind = PlaceReadingKind.Division };
        }

        foreach (var capital in geo.Capitals(name))
        {
            ref var reading = ref CollectionsMarshal.GetValueRefOrAddDefault(readings, (capital.CountryCode, capital.Region ?? string.Empty), out _);
            reading = reading with { Kind = PlaceReadingKind.Capital };
        }

        return _readings[name] = readings;
    }

    /// <summary>The gazetteer's spelling of a name as the text wrote it ("London" for "LONDON").</summary>
    private string PlaceName(string name) => geo.Places(name) is [var first, ..] ? first.Name : name;

    private static void Note(Dictionary<string, List<int>> index, string key, int article)
    {
        ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(index, key, out _);
        list ??= [];
        if (list.Count == 0 || list[^1] != article)
        {
            list.Add(article);
        }
    }

    private static ulong[] Bits(List<int> articles, int words)
    {
        var bits = new ulong[words];
        foreach (var a in articles)
        {
            bits[a >> 6] |= 1UL << (a & 63);
        }

        return bits;
    }

    private static void Or(ulong[] into, ulong[] bits)
    {
        for (int i = 0; i < into.Length; i++)
        {
            into[i] |= bits[i];
        }
    }

    /// <summary>Articles carrying the evidence, and of them those that name the place.</summary>
    private static (int All, int Named) Count(ulong[] evidence, ulong[] named)
    {
        int all = 0, both = 0;
        for (int i = 0; i < evidence.Length; i++)
        {
            all += BitOperations.PopCount(evidence[i]);
            both += BitOperations.PopCount(evidence[i] & named[i]);
        }

        return (all, both);
    }

    /// <summary>A reading while it is gathered: its kind and how many towns of the name it holds.</summary>
    private readonly record struct Candidate(PlaceReadingKind Kind, int Towns);
}
