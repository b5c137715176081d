namespace Dateline.Language.Resolution;

/// <summary>
/// The usual reading of place names (Data/place-prior.txt, learned from news text by `dateline train place-prior`:
/// docs/entities.md): "London" is the British capital, "Birmingham" the English city; "Mosul", a name of one reading
/// that news names beside Iraq, is Iraq's even where the article names only other countries.
/// Entity resolution asks it only when the article's own evidence leaves the reading open.
/// </summary>
public sealed class PlacePrior
{
    /// <summary>The file's name among the embedded data files.</summary>
    public const string FileName = "place-prior.txt";

    private static readonly Lazy<PlacePrior> Shipped = new(() => Parse(ResourceText.Rows(FileName)), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, PriorReading> _byName = new(StringComparer.OrdinalIgnoreCase);

    public PlacePrior(IEnumerable<PriorReading> readings)
    {
        foreach (var reading in readings)
        {
            _byName.TryAdd(reading.Name, reading);
        }
    }

    public static PlacePrior Default => Shipped.Value;

    public static PlacePrior Empty { get; } = new([]);

    public int Count => _byName.Count;

    /// <summary>The usual reading of the name, or null when the text it was learned from singles out none.</summary>
    public PriorReading? Reading(string name) => _byName.GetValueOrDefault(name);

    /// <summary>
    /// Readings from the file's rows: name, country code, division ("-" for none), kind (town, capital, division);
    /// the columns after those are the evidence that chose the reading and are not read.
    /// </summary>
    public static PlacePrior Parse(IEnumerable<string[]> rows)
        => new(rows.Where(r => r.Length >= 4).Select(r => new PriorReading(r[0], r[1], r[2] == "-" ? string.Empty : r[2], Enum.Parse<PlaceReadingKind>(r[3], ignoreCase: true))));
}
