using System.Globalization;

namespace Dateline.Language.Events;

/// <summary>
/// The learned argument scorer (docs/events.md, "The argument scorer"): averaged-perceptron weights per feature of
/// <see cref="ArgumentFeatures"/> for the roles source and target, read from Data/event-arguments.txt (a text file:
/// feature, then a weight per role; written by `dateline train events`). The rules' source stands unless another candidate,
/// or no source (<see cref="ArgumentFeatures.FillNone"/>), outscores it by more than <see cref="MinMargin"/>; the
/// target likewise.
/// </summary>
internal sealed class ArgumentModel
{
    /// <summary>The shipped weights' file among the language data files.</summary>
    public const string FileName = "event-arguments.txt";

    private static readonly Lazy<ArgumentModel?> LazyShipped = new(() => ResourceText.Assembly.GetManifestResourceInfo($"Dateline.Language.Data.{FileName}") is null ? null : Parse(ResourceText.Lines(FileName)));

    private readonly Dictionary<string, float[]> _weights;

    public ArgumentModel(Dictionary<string, float[]> weights, float minMargin)
    {
        _weights = weights;
        MinMargin = minMargin;
    }

    /// <summary>The model the events layer loads, or null when none is shipped (the rules decide alone).</summary>
    public static ArgumentModel? Shipped => LazyShipped.Value;

    /// <summary>
    /// How far the scorer's best choice (a candidate or no argument) must outscore the rules' choice to replace it. The file's `margin` line sets it (chosen by cross-validation on train, written by the trainer).
    /// </summary>
    public float MinMargin { get; }

    public int FeatureCount => _weights.Count;

    /// <summary>
    /// The scores of source and target for the same features in one lookup per feature (each role's sum adds in feature
    /// order).
    /// </summary>
    public (float Source, float Target) Scores(IReadOnlyList<string> features)
    {
        float source = 0, target = 0;
        foreach (var f in features)
        {
            if (_weights.TryGetValue(f, out var row))
            {
                source += row[(int)ArgumentRole.Source - 1];
                target += row[(int)ArgumentRole.Target - 1];
            }
        }

        return (source, target);
    }

    /// <summary>Reads the text format: "margin M", then "feature TAB source TAB target" per line.</summary>
    public static ArgumentModel Parse(IEnumerable<string> lines)
    {
        var weights = new Dictionary<string, float[]>(StringComparer.Ordinal);
        float margin = 0;
        foreach (var line in lines)
        {
            var cells = line.Split('\t');
            if (cells.Length == 2 && cells[0] == "margin")
            {
                margin = float.Parse(cells[1], CultureInfo.InvariantCulture);
                continue;
            }

            if (cells.Length != 3)
            {
                throw new InvalidDataException($"{FileName}: a line is not a feature and two weights: {line}");
            }

            weights[cells[0]] = [.. cells.Skip(1).Select(c => float.Parse(c, CultureInfo.InvariantCulture))];
        }

        return new ArgumentModel(weights, margin);
    }

    /// <summary>Writes the text format, features in ordinal order (a byte-stable file for a given training).</summary>
    public void Write(TextWriter writer, string header)
    {
        ModelFileText.WriteHeader(writer, header);
        writer.Write($"margin\t{MinMargin.ToString("R", CultureInfo.InvariantCulture)}\n");
        foreach (var (feature, row) in _weights.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Write($"{feature}\t{string.Join('\t', row.Select(w => w.ToString("0.####", CultureInfo.InvariantCulture)))}\n");
        }
    }
}
