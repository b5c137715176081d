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

    /// <summary>The weights by feature key (the template's number, its slots' codes, the number of its word), both roles side by side.</summary>
    private readonly Dictionary<ulong, (float Source, float Target)> _rows = [];

    /// <summary>
    /// The weights of the templates without a word slot, side by side in one array (bench/README.md, "The argument
    /// scorer's closed templates in one array"): template t's rows start at <see cref="_denseStart"/>[t] and are indexed
    /// by its slots' codes, row-major; a feature without weights holds zeros, which add nothing to a sum that starts at
    /// +0 (the scores are the same floats as the keyed lookups'). A template with a word slot has -1 and is looked up in
    /// <see cref="_rows"/>.
    /// </summary>
    private readonly (float Source, float Target)[] _dense;

    private readonly int[] _denseStart = new int[Templates.Length];

    /// <summary>The words (prepositions, heads) the weighted features name, each with a number for the keys.</summary>
    private readonly Dictionary<string, int> _words = new(StringComparer.Ordinal);

    public ArgumentModel(Dictionary<string, float[]> weights, float minMargin)
    {
        _weights = weights;
        MinMargin = minMargin;
        foreach (var (feature, row) in weights)
        {
            for (int t = 0; t < Templates.Length; t++)
            {
                var template = Templates[t];
                if (template.None && !feature.StartsWith("none", StringComparison.Ordinal))
                {
                    continue;
                }

                foreach (var (key, word) in Parses(feature, template, template.None ? 4 : 0, 0, (ulong)t, null))
                {
                    ulong full = key;
                    if (word is not null)
                    {
                        if (!_words.TryGetValue(word, out int id))
                        {
                            _words[word] = id = _words.Count;
                        }

                        full |= (ulong)(id + 1) << WordShift;
                    }

                    _rows[full] = (row[(int)ArgumentRole.Source - 1], row[(int)ArgumentRole.Target - 1]);
                }
            }
        }

        int size = 0;
        for (int t = 0; t < Templates.Length; t++)
        {
            _denseStart[t] = HasWord(Templates[t]) ? -1 : size;
            if (_denseStart[t] >= 0)
            {
                int rows = 1;
                foreach (var slot in Templates[t].Slots)
                {
                    rows *= ArgumentFeatures.SlotValues[(int)slot]!.Length;
                }

                size += rows;
            }
        }

        _dense = new (float, float)[size];
        foreach (var (key, row) in _rows.ToList())
        {
            int t = (int)(key & ((1UL << TemplateBits) - 1));
            if (_denseStart[t] < 0)
            {
                continue;
            }

            var slots = Templates[t].Slots;
            int index = 0;
            for (int i = 0; i < slots.Length; i++)
            {
                int code = (int)((key >> (TemplateBits + SlotShift * i)) & ((1UL << SlotShift) - 1));
                index = index * ArgumentFeatures.SlotValues[(int)slots[i]]!.Length + code;
            }

            _dense[_denseStart[t] + index] = row;
            _rows.Remove(key);
        }
    }

    private static bool HasWord(ArgumentFeatures.Template template)
        => template.Slots.Any(slot => slot is ArgumentFeatures.Slot.Prep or ArgumentFeatures.Slot.Head);

    /// <summary>The number of values of each slot with a closed set (0 for the word slots).</summary>
    private static readonly int[] SlotSizes = [.. ArgumentFeatures.SlotValues.Select(v => v?.Length ?? 0)];

    /// <summary>Every template, a candidate's then no argument's; a key's first bits are the index here.</summary>
    private static readonly ArgumentFeatures.Template[] Templates = [.. ArgumentFeatures.CandidateTemplates, .. ArgumentFeatures.NoneTemplates];

    /// <summary>A key's bits: the template's index (the low <see cref="TemplateBits"/>), then each code slot's value in <see cref="SlotShift"/> bits, then a word's number from <see cref="WordShift"/> (a template with a word slot has at most four code slots).</summary>
    private const int TemplateBits = 7;
    private const int SlotShift = 5;
    private const int WordShift = 32;

    /// <summary>The model the events layer loads, or null when none is shipped (the rules decide alone).</summary>
    public static ArgumentModel? Shipped => LazyShipped.Value;

    /// <summary>
    /// How far the scorer's best choice (a candidate or no argument) must outscore the rules' choice to replace it. The file's `margin` line sets it (chosen by cross-validation on train, written by the trainer).
    /// </summary>
    public float MinMargin { get; }

    public int FeatureCount => _weights.Count;

    /// <summary>
    /// The scores of source and target for the features of <paramref name="values"/> in one lookup per feature (each
    /// role's sum adds in feature order; a feature the model has no weights for adds nothing).
    /// </summary>
    public (float Source, float Target) Scores(ArgumentFeatureValues values)
    {
        float source = 0, target = 0;
        var templates = ArgumentFeatures.TemplatesOf(values);
        int first = values.None ? ArgumentFeatures.CandidateTemplates.Length : 0;
        int prep = -2, head = -2;
        for (int t = 0; t < templates.Length; t++)
        {
            var slots = templates[t].Slots;
            int start = _denseStart[first + t];
            if (start >= 0)
            {
                int index = 0;
                for (int i = 0; i < slots.Length; i++)
                {
                    int size = SlotSizes[(int)slots[i]];
                    int code = values.Code(slots[i]);
                    if ((uint)code >= (uint)size)
                    {
                        goto Next; // a code no feature text writes
                    }

                    index = index * size + code;
                }

                var dense = _dense[start + index];
                source += dense.Source;
                target += dense.Target;
                continue;
            }

            ulong key = (ulong)(first + t);
            for (int i = 0; i < slots.Length; i++)
            {
                var slot = slots[i];
                if (slot is ArgumentFeatures.Slot.Prep or ArgumentFeatures.Slot.Head)
                {
                    ref int id = ref slot == ArgumentFeatures.Slot.Prep ? ref prep : ref head;
                    if (id == -2)
                    {
                        id = _words.TryGetValue(slot == ArgumentFeatures.Slot.Prep ? values.Prep : values.Head, out int found) ? found : -1;
                    }

                    if (id < 0)
                    {
                        goto Next; // a word no weighted feature names
                    }

                    key |= (ulong)(id + 1) << WordShift;
                }
                else
                {
                    key |= (ulong)values.Code(slot) << (TemplateBits + SlotShift * i);
                }
            }

            if (_rows.TryGetValue(key, out var row))
            {
                source += row.Source;
                target += row.Target;
            }

        Next:;
        }

        return (source, target);
    }

    /// <summary>
    /// The ways <paramref name="feature"/>'s text reads as <paramref name="template"/> from <paramref name="at"/> on
    /// (past "none" for no argument's; slot <paramref name="slot"/> next): the key of the codes read and the word of a word slot. A word may hold
    /// '|' ("head=a|side=L" is also the head "a|side=L"), so every reading is kept; a text no template writes has none.
    /// </summary>
    private static IEnumerable<(ulong Key, string? Word)> Parses(string feature, ArgumentFeatures.Template template, int at, int slot, ulong key, string? word)
    {
        if (slot == template.Slots.Length)
        {
            if (at == feature.Length)
            {
                yield return (key, word);
            }

            yield break;
        }

        var name = template.Slots[slot];
        string lead = (template.None || slot > 0 ? "|" : "") + ArgumentFeatures.SlotNames[(int)name] + "=";
        if (!feature.AsSpan(at).StartsWith(lead, StringComparison.Ordinal))
        {
            yield break;
        }

        at += lead.Length;
        if (ArgumentFeatures.SlotValues[(int)name] is not { } values)
        {
            for (int end = at; end <= feature.Length; end++)
            {
                if (end == feature.Length || feature[end] == '|')
                {
                    foreach (var p in Parses(feature, template, end, slot + 1, key, feature[at..end]))
                    {
                        yield return p;
                    }
                }
            }

            yield break;
        }

        for (int v = 0; v < values.Length; v++)
        {
            if (feature.AsSpan(at).StartsWith(values[v], StringComparison.Ordinal))
            {
                foreach (var p in Parses(feature, template, at + values[v].Length, slot + 1, key | ((ulong)v << (TemplateBits + SlotShift * slot)), word))
                {
                    yield return p;
                }
            }
        }
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
