using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.CompilerServices;
using Dateline.Language.Entities;

namespace Dateline.Language.Resolution;

/// <summary>
/// The places of the geo gazetteer by name (ignoring case), stored as they are read: an open-addressing table of name
/// numbers keyed by a hash of the name, each name's characters and the range of its places, and per place its country
/// code and division (numbers into a short list of shared strings) and coordinates. A file holds the arrays as they lie
/// in memory (<see cref="ModelFile.Take{T}"/>), so loading builds nothing and a lookup touches a few pages; the 171k
/// places of the shipped file were a quarter of `annotate`'s start-up when read into a dictionary.
/// </summary>
internal sealed class PlaceTable
{
    private readonly string[] _strings;
    private readonly ModelArray<int> _slots;
    private readonly ModelArray<int> _nameStart;
    private readonly ModelArray<int> _placeStart;
    private readonly ModelArray<char> _chars;
    private readonly ModelArray<int> _codes;
    private readonly ModelArray<int> _regions;
    private readonly ModelArray<double> _latitudes;
    private readonly ModelArray<double> _longitudes;
    private readonly DivisionCentreArrays _centres;

    // Codes and divisions index the managed string list (an index out of range throws); names and places are checked
    // where they are read.
    private PlaceTable(string[] strings, ModelArray<int> slots, ModelArray<int> nameStart, ModelArray<int> placeStart, ModelArray<char> chars, ModelArray<int> codes, ModelArray<int> regions, ModelArray<double> latitudes, ModelArray<double> longitudes, DivisionCentreArrays? centres = null)
    {
        int names = nameStart.Length - 1;
        int places = codes.Length;
        if (names < 0 || placeStart.Length != names + 1 || slots.Length == 0 || (slots.Length & (slots.Length - 1)) != 0 || slots.Length < names
            || regions.Length != places || latitudes.Length != places || longitudes.Length != places
            || nameStart.Span[^1] != chars.Length || placeStart.Span[^1] != places)
        {
            throw new InvalidDataException("the place table's parts do not fit together");
        }

        _strings = strings;
        _slots = slots;
        _nameStart = nameStart;
        _placeStart = placeStart;
        _chars = chars;
        _codes = codes;
        _regions = regions;
        _latitudes = latitudes;
        _longitudes = longitudes;
        _centres = centres ?? ComputeDivisionCentres();
        int divisions = _centres.Codes.Length;
        if (_centres.Regions.Length != divisions || _centres.Latitudes.Length != divisions || _centres.Longitudes.Length != divisions)
        {
            throw new InvalidDataException("the place table's division centres do not fit together");
        }
    }

    /// <summary>
    /// Each division's centre as stored: its country code's and name's string indices and its mean coordinates, in
    /// order of the division's first place.
    /// </summary>
    private sealed record DivisionCentreArrays(ModelArray<int> Codes, ModelArray<int> Regions, ModelArray<double> Latitudes, ModelArray<double> Longitudes);

    /// <summary>Place names (distinct ignoring case).</summary>
    public int Count => _nameStart.Length - 1;

    /// <summary>
    /// A table of the given names' places, in ordinal order of the names; names that differ only in case are one
    /// name (the first one's spelling), their places joined in that order.
    /// </summary>
    public static PlaceTable Of(IReadOnlyDictionary<string, Place[]> places)
    {
        var merged = new Dictionary<string, List<Place>>(StringComparer.OrdinalIgnoreCase);
        var order = new List<string>();
        foreach (var (name, list) in places.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!merged.TryGetValue(name, out var all))
            {
                merged[name] = all = [];
                order.Add(name);
            }

            all.AddRange(list);
        }

        var strings = new List<string> { string.Empty };
        var number = new Dictionary<string, int>(StringComparer.Ordinal) { [string.Empty] = 0 };
        int Number(string? s)
        {
            s ??= string.Empty;
            if (!number.TryGetValue(s, out int n))
            {
                number[s] = n = strings.Count;
                strings.Add(s);
            }

            return n;
        }

        var nameStart = new int[order.Count + 1];
        var placeStart = new int[order.Count + 1];
        var chars = new List<char>();
        var codes = new List<int>();
        var regions = new List<int>();
        var latitudes = new List<double>();
        var longitudes = new List<double>();
        for (int i = 0; i < order.Count; i++)
        {
            var list = merged[order[i]];
            nameStart[i] = chars.Count;
            placeStart[i] = codes.Count;
            chars.AddRange(list[0].Name);
            foreach (var p in list)
            {
                codes.Add(Number(p.CountryCode));
                regions.Add(Number(p.Region));
                latitudes.Add(p.Latitude);
                longitudes.Add(p.Longitude);
            }
        }

        nameStart[^1] = chars.Count;
        placeStart[^1] = codes.Count;
        var nameChars = chars.ToArray();
        var slots = new int[SlotCount(order.Count)];
        for (int i = 0; i < order.Count; i++)
        {
            int slot = Hash(nameChars.AsSpan(nameStart[i], nameStart[i + 1] - nameStart[i])) & (slots.Length - 1);
            while (slots[slot] != 0)
            {
                slot = (slot + 1) & (slots.Length - 1);
            }

            slots[slot] = i + 1;
        }

        return new PlaceTable([.. strings], Copy(slots), Copy(nameStart), Copy(placeStart), Copy(nameChars), Copy([.. codes]), Copy([.. regions]), Copy([.. latitudes]), Copy([.. longitudes]));
    }

    /// <summary>The places of a name (ignoring case), empty when none has it.</summary>
    public Place[] Find(string name)
    {
        int mask = _slots.Length - 1;
        int slot = Hash(name) & mask;
        for (int probes = 0; probes <= mask; probes++, slot = (slot + 1) & mask)
        {
            int entry = Unsafe.Add(ref _slots.First, slot);
            if (entry == 0)
            {
                return [];
            }

            if ((uint)(entry - 1) >= (uint)Count)
            {
                throw new InvalidDataException("a place slot points outside the names");
            }

            if (Name(entry - 1).Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return PlacesOf(entry - 1);
            }
        }

        // Every slot full (a broken file; a saved table is at most half full): the name is not there.
        return [];
    }

    /// <summary>
    /// The stored division centres grouped by the division's name (ignoring case). Classes only, no tuple keys: a
    /// dictionary keyed by (country, division) and one of lists by name were 8-10 ms of the resolver's first build,
    /// mostly the JIT's code for those value-type instantiations (issue 20, bench/README.md "Start-up: the resolver's
    /// first build").
    /// </summary>
    public Dictionary<string, DivisionsOfName> DivisionsByName()
    {
        var codes = _centres.Codes.Span;
        var regions = _centres.Regions.Span;
        var latitudes = _centres.Latitudes.Span;
        var longitudes = _centres.Longitudes.Span;
        var grouped = new Dictionary<string, List<DivisionCentre>>(StringComparer.OrdinalIgnoreCase);
        for (int g = 0; g < codes.Length; g++)
        {
            var region = _strings[regions[g]];
            if (!grouped.TryGetValue(region, out var centres))
            {
                grouped[region] = centres = [];
            }

            centres.Add(new DivisionCentre(_strings[codes[g]], region, latitudes[g], longitudes[g]));
        }

        var byName = new Dictionary<string, DivisionsOfName>(grouped.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var (region, centres) in grouped)
        {
            byName[region] = new DivisionsOfName([.. centres]);
        }

        return byName;
    }

    /// <summary>
    /// The mean coordinates of each (country code, division)'s places, rounded to 5 decimals, each place counted once:
    /// the unaccented copy of a name ("Sao Jose" of "São José") lies where the place does. Computed when a table is
    /// built (`train geo`) or read from a file written before the centres were stored, and saved with the table: over
    /// ~200k places it took 28-37 ms of every `annotate` start when run at load (issue 20, bench/README.md "Start-up:
    /// the division centres stored in the model"). Places are deduplicated in an open-addressed table of plain arrays
    /// and grouped through their division's string index (a HashSet and a Dictionary of tuples took ~115 ms).
    /// </summary>
    private DivisionCentreArrays ComputeDivisionCentres()
    {
        var codes = _codes.Span;
        var regions = _regions.Span;
        var latitudes = _latitudes.Span;
        var longitudes = _longitudes.Span;
        int mask = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, codes.Length * 2)) - 1;
        var counted = new int[mask + 1];                 // a counted place's index + 1; 0 is empty
        var regionGroup = new int[_strings.Length];      // the first group of a division's name, index + 1
        int groupCount = 0;
        var groupPlace = new int[256];                   // each group's first place, in order of first appearance
        var nextGroup = new int[256];                    // the next group of the same division name (another country), index + 1
        var sumLat = new double[256];
        var sumLon = new double[256];
        var count = new int[256];
        for (int p = 0; p < codes.Length; p++)
        {
            if (regions[p] == 0 || !CountOnce(counted, mask, p, codes, regions, latitudes, longitudes))
            {
                continue;
            }

            int g = regionGroup[regions[p]] - 1;
            while (g >= 0 && codes[groupPlace[g]] != codes[p])
            {
                g = nextGroup[g] - 1;
            }

            if (g < 0)
            {
                if (groupCount == groupPlace.Length)
                {
                    Array.Resize(ref groupPlace, groupCount * 2);
                    Array.Resize(ref nextGroup, groupCount * 2);
                    Array.Resize(ref sumLat, groupCount * 2);
                    Array.Resize(ref sumLon, groupCount * 2);
                    Array.Resize(ref count, groupCount * 2);
                }

                g = groupCount++;
                groupPlace[g] = p;
                nextGroup[g] = regionGroup[regions[p]];
                regionGroup[regions[p]] = g + 1;
            }

            sumLat[g] += latitudes[p];
            sumLon[g] += longitudes[p];
            count[g]++;
        }

        var centreCodes = new int[groupCount];
        var centreRegions = new int[groupCount];
        var centreLatitudes = new double[groupCount];
        var centreLongitudes = new double[groupCount];
        for (int g = 0; g < groupCount; g++)
        {
            int p = groupPlace[g];
            centreCodes[g] = codes[p];
            centreRegions[g] = regions[p];
            centreLatitudes[g] = Math.Round(sumLat[g] / count[g], 5);
            centreLongitudes[g] = Math.Round(sumLon[g] / count[g], 5);
        }

        return new DivisionCentreArrays(Copy(centreCodes), Copy(centreRegions), Copy(centreLatitudes), Copy(centreLongitudes));
    }

    /// <summary>Whether place <paramref name="p"/> is the first of its country, division and coordinates (then it is noted).</summary>
    private static bool CountOnce(int[] counted, int mask, int p, ReadOnlySpan<int> codes, ReadOnlySpan<int> regions,
        ReadOnlySpan<double> latitudes, ReadOnlySpan<double> longitudes)
    {
        // 0.0 and -0.0 compare equal, so they must hash alike (+ 0.0 makes -0.0 positive)
        ulong h = ((ulong)(uint)codes[p] * 0x9E3779B97F4A7C15UL) ^ ((ulong)(uint)regions[p] * 0xC2B2AE3D27D4EB4FUL)
            ^ (BitConverter.DoubleToUInt64Bits(latitudes[p] + 0.0) * 0x165667B19E3779F9UL)
            ^ (BitConverter.DoubleToUInt64Bits(longitudes[p] + 0.0) * 0x27D4EB2F165667C5UL);
        h ^= h >> 29;
        h *= 0xBF58476D1CE4E5B9UL;
        for (int slot = (int)(h ^ (h >> 32)) & mask; ; slot = (slot + 1) & mask)
        {
            int q = counted[slot] - 1;
            if (q < 0)
            {
                counted[slot] = p + 1;
                return true;
            }

            if (codes[q] == codes[p] && regions[q] == regions[p] && latitudes[q] == latitudes[p] && longitudes[q] == longitudes[p])
            {
                return false;
            }
        }
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(_strings.Length);
        foreach (var s in _strings)
        {
            writer.Write(s);
        }

        writer.Write(Count);
        writer.Write(_slots.Length);
        writer.Write(_chars.Length);
        writer.Write(_codes.Length);
        ModelFile.WriteArray(writer, _slots.Span);
        ModelFile.WriteArray(writer, _nameStart.Span);
        ModelFile.WriteArray(writer, _placeStart.Span);
        ModelFile.WriteArray(writer, _chars.Span);
        ModelFile.WriteArray(writer, _codes.Span);
        ModelFile.WriteArray(writer, _regions.Span);
        ModelFile.WriteArray(writer, _latitudes.Span);
        ModelFile.WriteArray(writer, _longitudes.Span);
        writer.Write(_centres.Codes.Length);
        ModelFile.WriteArray(writer, _centres.Codes.Span);
        ModelFile.WriteArray(writer, _centres.Regions.Span);
        ModelFile.WriteArray(writer, _centres.Latitudes.Span);
        ModelFile.WriteArray(writer, _centres.Longitudes.Span);
    }

    /// <summary>
    /// Reads a table written by <see cref="Write"/>, where it lies; the division centres too when the file holds them
    /// (else they are computed, for a file written before they were stored).
    /// </summary>
    public static PlaceTable Read(BinaryReader reader, bool withCentres)
    {
        var strings = new string[reader.ReadInt32()];
        for (int i = 0; i < strings.Length; i++)
        {
            strings[i] = reader.ReadString();
        }

        int names = reader.ReadInt32();
        int slots = reader.ReadInt32();
        int chars = reader.ReadInt32();
        int places = reader.ReadInt32();
        if (names < 0 || slots < 0 || chars < 0 || places < 0 || names == int.MaxValue)
        {
            throw new InvalidDataException("the place table's header is broken");
        }

        var slotArray = ModelFile.Take<int>(reader, slots);
        var nameStart = ModelFile.Take<int>(reader, names + 1);
        var placeStart = ModelFile.Take<int>(reader, names + 1);
        var nameChars = ModelFile.Take<char>(reader, chars);
        var codes = ModelFile.Take<int>(reader, places);
        var regions = ModelFile.Take<int>(reader, places);
        var latitudes = ModelFile.Take<double>(reader, places);
        var longitudes = ModelFile.Take<double>(reader, places);
        DivisionCentreArrays? centres = null;
        if (withCentres)
        {
            int divisions = reader.ReadInt32();
            if (divisions < 0)
            {
                throw new InvalidDataException("the place table's division count is broken");
            }

            centres = new DivisionCentreArrays(ModelFile.Take<int>(reader, divisions), ModelFile.Take<int>(reader, divisions),
                ModelFile.Take<double>(reader, divisions), ModelFile.Take<double>(reader, divisions));
        }

        return new PlaceTable(strings, slotArray, nameStart, placeStart, nameChars, codes, regions, latitudes, longitudes, centres);
    }

    private ReadOnlySpan<char> Name(int i)
    {
        int start = Unsafe.Add(ref _nameStart.First, i);
        int end = Unsafe.Add(ref _nameStart.First, i + 1);
        if (start < 0 || end < start || end > _chars.Length)
        {
            throw new InvalidDataException("the place table's names are broken");
        }

        return _chars.Span[start..end];
    }

    private Place[] PlacesOf(int i)
    {
        var name = Name(i).ToString();
        int start = Unsafe.Add(ref _placeStart.First, i);
        int end = Unsafe.Add(ref _placeStart.First, i + 1);
        if (start < 0 || end < start || end > _codes.Length)
        {
            throw new InvalidDataException("the place table's places are broken");
        }

        var list = new Place[end - start];
        for (int p = start; p < end; p++)
        {
            int region = _regions.Span[p];
            list[p - start] = new Place(name, _strings[_codes.Span[p]], _latitudes.Span[p], _longitudes.Span[p]) { Region = region == 0 ? null : _strings[region] };
        }

        return list;
    }

    /// <summary>
    /// A hash that names equal ignoring case share: each character's invariant upper case where that is ASCII, one
    /// value for any other (so no case rule beyond ASCII can part two equal names; the comparison then decides).
    /// </summary>
    private static int Hash(ReadOnlySpan<char> name)
    {
        uint h = 2166136261;
        foreach (char c in name)
        {
            char upper = char.ToUpperInvariant(c);
            h = (h ^ (upper < 0x80 ? upper : 0x80u)) * 16777619;
        }

        return (int)((h ^ (h >> 15)) & int.MaxValue);
    }

    /// <summary>Slots for a load of at most 0.5.</summary>
    private static int SlotCount(int names)
    {
        int slots = 1024;
        while (slots < 2 * names)
        {
            slots *= 2;
        }

        return slots;
    }

    private static ModelArray<T> Copy<T>(T[] values)
        where T : unmanaged
        => ModelArray<T>.Build(values.Length, target => values.CopyTo(target));
}
