using System.Globalization;

namespace Dateline.Language.Events;

/// <summary>
/// The learned trigger detector (docs/events.md, "The trigger detector"): averaged-perceptron weights per feature of
/// <see cref="TriggerFeatures"/> for the classes "no event" and the 16 types, read from Data/event-trigger-model.txt
/// (a text file: the thresholds, then a feature and its nonzero weights per line; written by `dateline train events
/// --triggers`). It re-scores the rules' triggers and proposes new ones: a rule's trigger is dropped when "no event"
/// outscores its type by more than <see cref="VetoMargin"/>; a word the rules coded nothing at becomes a trigger of
/// the best type when that outscores "no event" by more than <see cref="AddMargin"/> and the sentence has no event
/// of that type yet.
/// </summary>
internal sealed class TriggerModel
{
    /// <summary>The shipped weights' file among the language data files.</summary>
    public const string FileName = "event-trigger-model.txt";

    /// <summary>Classes: 0 is "no event", 1 + (int)type a type.</summary>
    public static readonly int Classes = Enum.GetValues<EventType>().Length + 1;

    private static readonly Lazy<TriggerModel?> LazyShipped = new(() => ResourceText.Assembly.GetManifestResourceInfo($"Dateline.Language.Data.{FileName}") is null ? null : Parse(ResourceText.Lines(FileName)));

    private readonly Dictionary<ulong, float[]> _weights;

    public TriggerModel(Dictionary<ulong, float[]> weights, float addMargin, float vetoMargin, IReadOnlyDictionary<ulong, string>? names = null, bool unlistedOnly = false)
    {
        _weights = weights;
        AddMargin = addMargin;
        VetoMargin = vetoMargin;
        Names = names;
        UnlistedOnly = unlistedOnly;
    }

    /// <summary>The model the events layer loads, or null when none is shipped (the rules decide alone).</summary>
    public static TriggerModel? Shipped => LazyShipped.Value;

    /// <summary>How far a type must outscore "no event" at a word the rules left alone to add a trigger; the file's `add` line (chosen by cross-validation on train).</summary>
    public float AddMargin { get; }

    /// <summary>How far "no event" must outscore a rule trigger's type to drop it; the file's `veto` line (chosen by cross-validation on train).</summary>
    public float VetoMargin { get; }

    /// <summary>Whether triggers are added only at words no entry of the lexicons lists (new wording), never at a listed word the rules declined; the file's `unlisted` line.</summary>
    public bool UnlistedOnly { get; }

    /// <summary>The features' texts, kept when the model was trained or read here (for writing it).</summary>
    public IReadOnlyDictionary<ulong, string>? Names { get; }

    public int FeatureCount => _weights.Count;

    /// <summary>Adds the weights of <paramref name="features"/> into <paramref name="scores"/> (cleared first).</summary>
    public void Score(List<ulong> features, Span<float> scores)
    {
        scores.Clear();
        foreach (var f in features)
        {
            if (_weights.TryGetValue(f, out var row))
            {
                for (int c = 0; c < row.Length; c++)
                {
                    scores[c] += row[c];
                }
            }
        }
    }

    /// <summary>Reads the text format: "add M", "veto V", then "feature TAB class:weight …" per line.</summary>
    public static TriggerModel Parse(IEnumerable<string> lines)
    {
        var weights = new Dictionary<ulong, float[]>();
        var names = new Dictionary<ulong, string>();
        float add = float.PositiveInfinity, veto = float.PositiveInfinity;
        bool unlisted = false;
        foreach (var line in lines)
        {
            var cells = line.Split('\t');
            if (cells.Length == 2 && cells[0] is "add" or "veto")
            {
                float value = float.Parse(cells[1], CultureInfo.InvariantCulture);
                (add, veto) = cells[0] == "add" ? (value, veto) : (add, value);
                continue;
            }

            if (cells.Length == 2 && cells[0] == "unlisted")
            {
                unlisted = cells[1] == "1";
                continue;
            }

            if (cells.Length < 2)
            {
                throw new InvalidDataException($"{FileName}: a line is not a feature and its weights: {line}");
            }

            var row = new float[Classes];
            foreach (var cell in cells.Skip(1))
            {
                int colon = cell.IndexOf(':', StringComparison.Ordinal);
                row[int.Parse(cell.AsSpan(0, colon), CultureInfo.InvariantCulture)] = float.Parse(cell.AsSpan(colon + 1), CultureInfo.InvariantCulture);
            }

            ulong id = TriggerFeatures.Id(cells[0]);
            weights[id] = row;
            names[id] = cells[0];
        }

        return new TriggerModel(weights, add, veto, names, unlisted);
    }

    /// <summary>Writes the text format, features in ordinal order of their text (a byte-stable file for a given training).</summary>
    public void Write(TextWriter writer, string header)
    {
        ModelFileText.WriteHeader(writer, header);
        writer.Write($"add\t{AddMargin.ToString("R", CultureInfo.InvariantCulture)}\n");
        writer.Write($"veto\t{VetoMargin.ToString("R", CultureInfo.InvariantCulture)}\n");
        if (UnlistedOnly)
        {
            writer.Write("unlisted\t1\n");
        }

        var names = Names ?? throw new InvalidOperationException("a trigger model without its features' texts cannot be written");
        foreach (var (id, name) in names.Where(p => _weights.ContainsKey(p.Key)).OrderBy(p => p.Value, StringComparer.Ordinal))
        {
            var row = _weights[id];
            writer.Write(name);
            for (int c = 0; c < row.Length; c++)
            {
                var text = row[c].ToString("0.###", CultureInfo.InvariantCulture);
                if (text != "0" && text != "-0")
                {
                    writer.Write($"\t{c.ToString(CultureInfo.InvariantCulture)}:{text}");
                }
            }

            writer.Write('\n');
        }
    }

    /// <summary>The same weights with other thresholds (cross-validation tries several on one training).</summary>
    public TriggerModel WithMargins(float addMargin, float vetoMargin) => new(_weights, addMargin, vetoMargin, Names, UnlistedOnly);
}
