using System.Collections.Frozen;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using Dateline.Language.Entities;

namespace Dateline.Language.Resolution;

/// <summary>
/// Countries (names, demonyms, capitals; from the countries lexicon, mledoze/countries, ODbL, plus Data/ aliases)
/// and GeoNames places (CC BY 4.0) for linking demonyms to countries and giving places coordinates.
/// Built by `dateline train geo` into Models/geo.bin; immutable after loading.
/// </summary>
public sealed class GeoGazetteer
{
    private const uint Magic = 0x4f45474c; // "LGEO": countries and places
    private const uint MagicWithRegions = 0x3245474c; // "LGE2": the same, each place with its first-level division
    private const uint MagicTables = 0x3345474c; // "LGE3": the same, places as a table read where it lies (PlaceTable)
    private const uint MagicCentres = 0x3445474c; // "LGE4": the same, with the division centres computed by `train geo`

    private static readonly Lazy<GeoGazetteer> Shipped = new(LoadShipped, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, Country> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Country> _byDemonym = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Country> _byCode = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _curatedDemonyms = new(StringComparer.OrdinalIgnoreCase);
    private readonly PlaceTable _places;
    private readonly Lazy<Dictionary<string, DivisionsOfName>> _divisions;
    private readonly Lazy<Dictionary<string, List<CapitalOf>>> _capitals;

    /// <param name="places">Places by name; names that differ only in case are one name, their places joined in ordinal order of the names.</param>
    public GeoGazetteer(IReadOnlyList<Country> countries, Dictionary<string, Place[]> places)
        : this(countries, PlaceTable.Of(places))
    {
    }

    private GeoGazetteer(IReadOnlyList<Country> countries, PlaceTable places)
    {
        Countries = countries;
        _divisions = new(places.DivisionsByName, LazyThreadSafetyMode.ExecutionAndPublication);
        _capitals = new(CapitalsByName, LazyThreadSafetyMode.ExecutionAndPublication);
        _places = places;
        foreach (var c in countries)
        {
            _byCode.TryAdd(c.Code, c);
        }

        // The curated aliases (Data/country-aliases.txt, demonym-aliases.txt) win over the crawled lexicon, whose
        // extra columns give "American" to the Northern Mariana Islands and "U.S." (of "Virgin Islands, U.S.") to the
        // US Virgin Islands; the first country in code order would otherwise take the word.
        Curate(_byName, "country-aliases.txt");
        Curate(_byDemonym, "demonym-aliases.txt", _curatedDemonyms);
        foreach (var c in countries)
        {
            foreach (var n in c.Names)
            {
                if (!GenericWords.Contains(n))
                {
                    _byName.TryAdd(n, c);
                }
            }

            foreach (var d in c.Demonyms)
            {
                // a word that names another country is no demonym of this one ("U.S." of the Virgin Islands)
                if (!GenericWords.Contains(d) && (!_byName.TryGetValue(d, out var named) || named == c))
                {
                    _byDemonym.TryAdd(d, c);
                }
            }
        }
    }

    public static GeoGazetteer Default => Shipped.Value;

    public IReadOnlyList<Country> Countries { get; }

    public int PlaceCount => _places.Count;

    public Country? CountryByName(string name) => CountryByName(name.AsSpan());

    public Country? CountryByDemonym(string word) => CountryByDemonym(word.AsSpan());

    /// <summary>The country a name (or "the" and a name) names, of a stretch of text (no string is made).</summary>
    public Country? CountryByName(ReadOnlySpan<char> name)
        => _byName.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(StripThe(name), out var country) ? country : null;

    /// <summary>The country a demonym names, of a stretch of text (no string is made).</summary>
    public Country? CountryByDemonym(ReadOnlySpan<char> word)
        => _byDemonym.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var country) ? country : null;

    public Country? CountryByCode(string code) => _byCode.GetValueOrDefault(code);

    /// <summary>
    /// The name without accents as English news writes it ("São Paulo" → "Sao Paulo", "Bogotá" → "Bogota"); the name
    /// itself when it has none or when a letter has no plain form ("Łódź").
    /// </summary>
    public static string WithoutAccents(string name)
    {
        if (Ascii.IsValid(name))
        {
            return name;
        }

        var plain = new StringBuilder(name.Length);
        foreach (char ch in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark)
            {
                plain.Append(ch);
            }
        }

        var text = plain.ToString();
        return Ascii.IsValid(text) ? text : name;
    }

    public IReadOnlyList<Place> Places(string name)
    {
        if (GenericWords.Contains(name))
        {
            return [];
        }

        var places = _places.Find(name);
        if (places.Length == 0 && name.Contains('-'))
        {
            places = _places.Find(name.Replace('-', ' ')); // "Dar-es-Salaam": GeoNames writes "Dar es Salaam"
        }

        return FormerNames.TryGetValue(name, out var current) ? [.. places, .. _places.Find(current)] : places;
    }

    /// <summary>
    /// Whether a name is a hyphenated spelling of a place the gazetteer holds only with spaces ("Dar-es-Salaam" of
    /// GeoNames' "Dar es Salaam"): the gazetteer holds no place of the name as written.
    /// </summary>
    public bool IsHyphenatedSpelling(string name)
        => name.Contains('-') && !GenericWords.Contains(name) && _places.Find(name).Length == 0 && _places.Find(name.Replace('-', ' ')).Length > 0;

    /// <summary>
    /// Names news writes for places the gazetteer holds under another name (Data/place-former-names.txt: "Bangalore" is
    /// GeoNames' "Bengaluru", "Cheongju" its "Cheongju-si"): the places of that name are readings too.
    /// </summary>
    private static FrozenDictionary<string, string> FormerNames => FormerNameTable.Value;

    private static readonly Lazy<FrozenDictionary<string, string>> FormerNameTable = new(
        () => ResourceText.Rows("place-former-names.txt").Where(row => row.Length >= 2)
            .ToFrozenDictionary(row => row[0], row => row[1], StringComparer.OrdinalIgnoreCase),
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// Whether a name is a state that no longer exists and left no one successor ("Soviet Union", "Czechoslovakia",
    /// "Yugoslavia"; Data/dissolved-states.txt): a GPE with no country of today.
    /// </summary>
    public static bool IsDissolvedState(ReadOnlySpan<char> name)
        => DissolvedStates.Value.States.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name);

    /// <summary>Whether a word is a dissolved state's people or adjective ("Soviet", "Yugoslav"; Data/dissolved-states.txt), as written.</summary>
    public static bool IsDissolvedStatesPeople(string word) => DissolvedStates.Value.Peoples.Contains(word);

    private static readonly Lazy<(FrozenSet<string> States, FrozenSet<string> Peoples)> DissolvedStates = new(
        () =>
        {
            var rows = ResourceText.Rows("dissolved-states.txt");
            return (rows.Select(row => row[0]).ToFrozenSet(StringComparer.Ordinal),
                rows.Where(row => row.Length >= 2).SelectMany(row => row[1].Split('|')).ToFrozenSet(StringComparer.Ordinal));
        },
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// Words for a kind of place or a direction ("Island", "the West", "County"): alone they name no country or town
    /// (Data/geo-generic-words.txt, Data/world-region-names.txt) — "Island" is Iceland's own name and West a town in Texas, yet "Hart's Island"
    /// and "the West" are neither.
    /// </summary>
    private static IReadOnlySet<string> GenericWords => GenericWordSet.Value;

    /// <summary>Whether the word is one of <see cref="GenericWords"/> ("Park", "City", "County", "Bay").</summary>
    internal static bool IsGenericPlaceWord(string word) => GenericWords.Contains(word);

    private static readonly Lazy<HashSet<string>> GenericWordSet = new(
        () => ResourceText.Lines("geo-generic-words.txt").Concat(WorldRegionNames).ToHashSet(StringComparer.OrdinalIgnoreCase),
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Continents, oceans, seas and world regions (Data/world-region-names.txt): no town alone, and a place without a government.</summary>
    internal static IEnumerable<string> WorldRegionNames => ResourceText.Lines("world-region-names.txt");

    private void Curate(Dictionary<string, Country> map, string file, HashSet<string>? curated = null)
    {
        foreach (var row in ResourceText.Rows(file))
        {
            if (row.Length >= 2 && _byCode.TryGetValue(row[1], out var country))
            {
                map[row[0]] = country;
                curated?.Add(row[0]);
            }
        }
    }

    /// <summary>
    /// Whether a word is a people's word of the curated list (Data/demonym-aliases.txt): a people first, though the
    /// countries lexicon also gives it as a country's name ("Saudi" of Saudi Arabia's spellings), unlike a name the
    /// lexicon alone gives as a people's word ("Vatican", "Bermuda").
    /// </summary>
    public bool IsCuratedDemonym(string word) => _curatedDemonyms.Contains(word);

    /// <summary>The countries that have a first-level division of this name ("Georgia" → US; "Punjab" → IN, PK); none for a generic word ("North").</summary>
    public IReadOnlyList<string> CountriesWithRegion(string region)
        => !GenericWords.Contains(region) && _divisions.Value.TryGetValue(region, out var divisions) ? divisions.Countries : [];

    /// <summary>
    /// The places of this name that are a country's capital: of the name's places in a country whose capital it is
    /// (the countries lexicon, Data/capital-aliases.txt), the only one, else the one in the capital's division as the
    /// aliases give it or in a division of the capital's own name ("Washington": the one in the District of Columbia).
    /// </summary>
    public IReadOnlyList<Place> Capitals(string name)
    {
        if (!_capitals.Value.TryGetValue(name, out var countries))
        {
            return [];
        }

        // loops, not LINQ: LINQ over the Place struct is code the JIT compiles at the resolver's first document
        var places = Places(name);
        var capitals = new List<Place>(countries.Count);
        foreach (var (code, division) in countries)
        {
            int inCountry = 0, inDivision = 0;
            Place firstInCountry = default, firstInDivision = default;
            foreach (var p in places)
            {
                if (p.CountryCode != code)
                {
                    continue;
                }

                if (inCountry++ == 0)
                {
                    firstInCountry = p;
                }

                if (string.Equals(p.Region, division ?? name, StringComparison.OrdinalIgnoreCase) && inDivision++ == 0)
                {
                    firstInDivision = p;
                }
            }

            if (inCountry == 1 || inDivision == 1)
            {
                capitals.Add(inCountry == 1 ? firstInCountry : firstInDivision);
            }
        }

        return capitals;
    }

    /// <summary>The centre of a first-level division (the mean of its places' coordinates), or null when no place lies in it.</summary>
    public (double Latitude, double Longitude)? RegionCentre(string countryCode, string region)
        => _divisions.Value.TryGetValue(region, out var divisions) ? divisions.Centre(countryCode, region) : null;

    public void Save(string path) => ModelFile.Write(path, Write);

    /// <summary>Whether a model file's magic number is a gazetteer's (any format).</summary>
    internal static bool IsMagic(uint magic) => magic is Magic or MagicWithRegions or MagicTables or MagicCentres;

    /// <summary>
    /// Reads a gazetteer file (<see cref="ModelFile"/>: the body as it is, or gzip around it) of any format Dateline
    /// wrote; one written before the division centres were stored computes them (as `train convert` does).
    /// </summary>
    public static GeoGazetteer Load(Stream stream) => ModelFile.Read(stream, Read);

    /// <summary>
    /// Reads a gazetteer file of the current format only: the shipped model must hold its division centres, which
    /// would otherwise be computed on every start (issue 20).
    /// </summary>
    internal static GeoGazetteer LoadCurrent(Stream stream) => ModelFile.Read(stream, (reader, magic) => magic == MagicCentres || !IsMagic(magic)
        ? Read(reader, magic)
        : throw new InvalidDataException("geo.bin is of an older format, without the division centres: rewrite it with `dateline train convert --model OLD --out NEW` or `dateline train geo`"));

    private void Write(BinaryWriter writer)
    {
        writer.Write(MagicCentres);
        writer.Write(Countries.Count);
        foreach (var c in Countries)
        {
            writer.Write(c.Code);
            writer.Write(c.Name);
            WriteList(writer, c.Names);
            WriteList(writer, c.Demonyms);
            WriteList(writer, c.Capitals);
        }

        _places.Write(writer);
    }

    private static GeoGazetteer Read(BinaryReader reader, uint magic)
    {
        if (!IsMagic(magic))
        {
            throw new InvalidDataException("not a Dateline geo gazetteer");
        }

        int count = reader.ReadInt32();
        var countries = new List<Country>(count);
        for (int i = 0; i < count; i++)
        {
            var code = reader.ReadString();
            var name = reader.ReadString();
            countries.Add(new Country(code, name) { Names = ReadList(reader), Demonyms = ReadList(reader), Capitals = ReadList(reader) });
        }

        if (magic is MagicTables or MagicCentres)
        {
            return new GeoGazetteer(countries, PlaceTable.Read(reader, withCentres: magic == MagicCentres));
        }

        int placeNames = reader.ReadInt32();
        return new GeoGazetteer(countries, ReadPlaces(reader, placeNames, magic == MagicWithRegions));
    }

    /// <summary>
    /// The places of a file written before the table layout (LGEO, LGE2): 171k places under 151k names. Country codes and divisions are few (250
    /// and 3.7k) and repeat on every place: each is decoded once and shared instead of a new string per place.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // runs once, before tiering would optimize its loops
    private static Dictionary<string, Place[]> ReadPlaces(BinaryReader reader, int placeNames, bool withRegions)
    {
        var places = new Dictionary<string, Place[]>(placeNames, StringComparer.OrdinalIgnoreCase);
        var shared = new Dictionary<string, string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        Span<byte> bytes = stackalloc byte[256];
        Span<char> chars = stackalloc char[256];
        for (int i = 0; i < placeNames; i++)
        {
            var name = reader.ReadString();
            var list = new Place[reader.ReadInt32()];
            for (int k = 0; k < list.Length; k++)
            {
                var code = ReadShared(reader, shared, bytes, chars);
                double lat = Math.Round(reader.ReadSingle(), 5);
                double lon = Math.Round(reader.ReadSingle(), 5);
                var region = withRegions ? ReadShared(reader, shared, bytes, chars) : string.Empty;
                list[k] = new Place(name, code, lat, lon) { Region = region.Length == 0 ? null : region };
            }

            places[name] = list;
        }

        return places;
    }

    // As BinaryReader decodes strings (invalid bytes throw).
    private static readonly System.Text.UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>A string as <see cref="BinaryReader.ReadString"/> reads it, the one instance of its text in <paramref name="shared"/>.</summary>
    private static string ReadShared(BinaryReader reader, Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> shared, Span<byte> bytes, Span<char> chars)
    {
        int length = reader.Read7BitEncodedInt();
        if (length < 0)
        {
            throw new InvalidDataException("a string of negative length in the gazetteer");
        }

        if (length > bytes.Length)
        {
            // Longer than any code or division: read as BinaryReader would, and share it all the same.
            var longer = new byte[length];
            reader.BaseStream.ReadExactly(longer);
            var whole = Utf8.GetString(longer);
            return shared.TryGetValue(whole, out var known) ? known : shared[whole] = whole;
        }

        var utf8 = bytes[..length];
        reader.BaseStream.ReadExactly(utf8);
        var text = chars[..Utf8.GetChars(utf8, chars)];
        if (!shared.TryGetValue(text, out var value))
        {
            value = text.ToString();
            shared[value] = value;
        }

        return value;
    }

    /// <summary>Each capital's name (ignoring case) with the countries it is the capital of and, when curated, its division.</summary>
    private Dictionary<string, List<CapitalOf>> CapitalsByName()
    {
        var capitals = new Dictionary<string, List<CapitalOf>>(StringComparer.OrdinalIgnoreCase);
        void Add(string name, string code, string? division)
        {
            ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(capitals, name, out _);
            list ??= [];
            if (!list.Exists(c => c.CountryCode == code))
            {
                list.Add(new CapitalOf(code, division));
            }
        }

        foreach (var row in ResourceText.Rows("capital-aliases.txt"))
        {
            if (row.Length >= 2 && _byCode.ContainsKey(row[1]))
            {
                Add(row[0], row[1], row.Length >= 3 ? row[2] : null);
            }
        }

        foreach (var country in Countries)
        {
            foreach (var capital in country.Capitals)
            {
                Add(capital, country.Code, null);
                if (WithoutAccents(capital) is var plain && plain != capital)
                {
                    Add(plain, country.Code, null);
                }
            }
        }

        return capitals;
    }

    private static GeoGazetteer LoadShipped()
    {
        using var stream = ResourceText.OpenModel("geo.bin")
            ?? throw new InvalidOperationException("the geo gazetteer (Models/geo.bin) is not embedded in Dateline.Language");
        return LoadCurrent(stream);
    }

    private static ReadOnlySpan<char> StripThe(ReadOnlySpan<char> name)
        => name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? name[4..] : name;

    private static void WriteList(BinaryWriter writer, IReadOnlyList<string> items)
    {
        writer.Write(items.Count);
        foreach (var item in items)
        {
            writer.Write(item);
        }
    }

    private static string[] ReadList(BinaryReader reader)
    {
        var items = new string[reader.ReadInt32()];
        for (int i = 0; i < items.Length; i++)
        {
            items[i] = reader.ReadString();
        }

        return items;
    }
}
