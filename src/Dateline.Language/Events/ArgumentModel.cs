using System.Globalization;
using System.Numerics;
using Dateline.Language.Entities;

namespace Dateline.Language.Events;

/// <summary>
/// The learned argument scorer (docs/events.md, "The argument scorer"): averaged-perceptron weights per feature of
/// <see cref="ArgumentFeatures"/> for the roles source and target, read from Models/event-arguments.bin (format 2,
/// "ARG2", written by `dateline train events`; <see cref="Write(BinaryWriter)"/>). The rules' source stands unless another candidate,
/// or no source (<see cref="ArgumentFeatures.FillNone"/>), outscores it by more than <see cref="MinMargin"/>; the
/// target likewise. The file holds the scorer's tables as they lie in memory (the closed templates' array, the word
/// templates' open-addressing table and the words' table), so loading takes them where they lie, checked once, instead
/// of parsing every feature's text against every template (start-up, bench/README.md "The argument weights in a binary
/// layout"); the features' texts follow, read only to write the model again or when the build's templates differ from
/// the file's (then the tables are built from them, as the text format was).
/// </summary>
internal sealed class ArgumentModel
{
    /// <summary>The shipped weights' file among the language models (Models/, embedded).</summary>
    public const string FileName = "event-arguments.bin";

    /// <summary>"ARG2", little-endian: the tables as they lie in memory, then the features' texts (format 1 was the text file, still read).</summary>
    internal const uint Magic = 0x32475241;

    private static readonly Lazy<ArgumentModel?> LazyShipped = new(() =>
    {
        using var stream = ResourceText.OpenModel(FileName);
        return stream is null ? null : Load(stream);
    });

    /// <summary>The features' weights by text (source, target), read from the file only when asked for (<see cref="Write(BinaryWriter)"/>, a rebuild).</summary>
    private readonly Lazy<Dictionary<string, float[]>> _weights;

    /// <summary>
    /// The weights of the templates without a word slot, side by side in one array (bench/README.md, "The argument
    /// scorer's closed templates in one array"): source then target of template t's rows from 2 × <see cref="_denseStart"/>[t],
    /// indexed by its slots' codes, row-major; a feature without weights holds zeros, which add nothing to a sum that starts at
    /// +0 (the scores are the same floats as the keyed lookups'). A template with a word slot has -1 and is looked up in
    /// <see cref="_keys"/>.
    /// </summary>
    private readonly ModelArray<float> _dense;

    private readonly int[] _denseStart;

    /// <summary>The word templates' feature keys (the template's number, its slots' codes, the number of its word; never 0), open addressing by <see cref="FeatureHash.Mix"/>, 0 empty.</summary>
    private readonly ModelArray<ulong> _keys;

    /// <summary>Source then target of the key in each slot of <see cref="_keys"/>.</summary>
    private readonly ModelArray<float> _rows;

    /// <summary>The words (prepositions, heads) the weighted features name: number + 1 by <see cref="FeatureHash.Of"/> of the word, open addressing, 0 empty.</summary>
    private readonly ModelArray<int> _wordSlots;

    /// <summary>Word w's characters are <see cref="_wordChars"/>[_wordStart[w] .. _wordStart[w + 1]].</summary>
    private readonly ModelArray<int> _wordStart;

    private readonly ModelArray<char> _wordChars;

    /// <summary>A model of <paramref name="weights"/> (feature text → source, target), its tables built here.</summary>
    public ArgumentModel(Dictionary<string, float[]> weights, float minMargin, string header = "")
    {
        MinMargin = minMargin;
        Header = header;
        FeatureCount = weights.Count;
        _weights = new(weights);
        (_dense, _denseStart, _keys, _rows, _wordSlots, _wordStart, _wordChars) = Build(weights);
    }

    private ArgumentModel(float minMargin, string header, int featureCount, Lazy<Dictionary<string, float[]>> weights, ModelArray<float> dense, ModelArray<ulong> keys, ModelArray<float> rows, ModelArray<int> wordSlots, ModelArray<int> wordStart, ModelArray<char> wordChars)
    {
        MinMargin = minMargin;
        Header = header;
        FeatureCount = featureCount;
        _weights = weights;
        (_dense, _keys, _rows, _wordSlots, _wordStart, _wordChars) = (dense, keys, rows, wordSlots, wordStart, wordChars);
        _denseStart = DenseStarts(out _);
    }

    /// <summary>What wrote the model (the file's header: the training command and its data).</summary>
    public string Header { get; }

    /// <summary>
    /// The tables of <paramref name="weights"/>: every reading of every feature's text as every template (features in
    /// ordinal order), the closed templates' rows into the dense array, the word templates' into the keyed table.
    /// </summary>
    private static (ModelArray<float>, int[], ModelArray<ulong>, ModelArray<float>, ModelArray<int>, ModelArray<int>, ModelArray<char>) Build(Dictionary<string, float[]> weights)
    {
        var rows = new Dictionary<ulong, (float Source, float Target)>();
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (feature, row) in weights.OrderBy(p => p.Key, StringComparer.Ordinal))
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
                        if (!words.TryGetValue(word, out int id))
                        {
                            words[word] = id = words.Count;
                        }

                        full |= (ulong)(id + 1) << WordShift;
                    }

                    rows[full] = (row[(int)ArgumentRole.Source - 1], row[(int)ArgumentRole.Target - 1]);
                }
            }
        }

        var denseStart = DenseStarts(out int size);
        var dense = new float[2 * size];
        foreach (var (key, row) in rows.ToList())
        {
            int t = (int)(key & ((1UL << TemplateBits) - 1));
            if (denseStart[t] < 0)
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

            dense[2 * (denseStart[t] + index)] = row.Source;
            dense[2 * (denseStart[t] + index) + 1] = row.Target;
            rows.Remove(key);
        }

        // the word templates' keys (each names a word, so none is 0, the empty slot), inserted in key order: a byte-stable file
        int capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, rows.Count * 2));
        var keys = new ulong[capacity];
        var values = new float[2 * capacity];
        foreach (var (key, row) in rows.OrderBy(p => p.Key))
        {
            int slot = (int)(FeatureHash.Mix(key) & (ulong)(capacity - 1));
            while (keys[slot] != 0)
            {
                slot = (slot + 1) & (capacity - 1);
            }

            keys[slot] = key;
            values[2 * slot] = row.Source;
            values[2 * slot + 1] = row.Target;
        }

        var byId = words.OrderBy(p => p.Value).Select(p => p.Key).ToArray();
        int wordCapacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, byId.Length * 2));
        var wordSlots = new int[wordCapacity];
        var wordStart = new int[byId.Length + 1];
        for (int id = 0; id < byId.Length; id++)
        {
            wordStart[id + 1] = wordStart[id] + byId[id].Length;
            int slot = (int)(FeatureHash.Of(byId[id]) & (ulong)(wordCapacity - 1));
            while (wordSlots[slot] != 0)
            {
                slot = (slot + 1) & (wordCapacity - 1);
            }

            wordSlots[slot] = id + 1;
        }

        var chars = string.Concat(byId);
        return (
            ModelArray<float>.Build(dense.Length, d => dense.CopyTo(d)),
            denseStart,
            ModelArray<ulong>.Build(keys.Length, k => keys.CopyTo(k)),
            ModelArray<float>.Build(values.Length, v => values.CopyTo(v)),
            ModelArray<int>.Build(wordSlots.Length, w => wordSlots.CopyTo(w)),
            ModelArray<int>.Build(wordStart.Length, w => wordStart.CopyTo(w)),
            ModelArray<char>.Build(chars.Length, c => chars.AsSpan().CopyTo(c)));
    }

    /// <summary>Where each closed template's rows start in the dense array (-1: a template with a word slot); <paramref name="size"/>: the rows of all.</summary>
    private static int[] DenseStarts(out int size)
    {
        var starts = new int[Templates.Length];
        size = 0;
        for (int t = 0; t < Templates.Length; t++)
        {
            starts[t] = HasWord(Templates[t]) ? -1 : size;
            if (starts[t] >= 0)
            {
                int rows = 1;
                foreach (var slot in Templates[t].Slots)
                {
                    rows *= ArgumentFeatures.SlotValues[(int)slot]!.Length;
                }

                size += rows;
            }
        }

        return starts;
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

    public int FeatureCount { get; }

    /// <summary>
    /// The templates and their slots' values as the keys and the dense array number them: a file whose tables were laid out
    /// for other templates (a template or a value added since) has its tables built again from its features' texts.
    /// </summary>
    private static readonly ulong Layout = LayoutOf(Templates);

    private static ulong LayoutOf(ArgumentFeatures.Template[] templates)
    {
        ulong hash = FeatureHash.Of($"{TemplateBits} {SlotShift} {WordShift}");
        foreach (var template in templates)
        {
            hash = FeatureHash.Combine(hash, template.None ? 1UL : 2UL);
            foreach (var slot in template.Slots)
            {
                hash = FeatureHash.Combine(hash, FeatureHash.Of(ArgumentFeatures.SlotNames[(int)slot]));
                foreach (var value in ArgumentFeatures.SlotValues[(int)slot] ?? ["*"])
                {
                    hash = FeatureHash.Combine(hash, FeatureHash.Of(value));
                }
            }
        }

        return hash;
    }

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
        ReadOnlySpan<float> dense = _dense.Span;
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

                source += dense[2 * (start + index)];
                target += dense[2 * (start + index) + 1];
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
                        id = WordNumber(slot == ArgumentFeatures.Slot.Prep ? values.Prep : values.Head);
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

            int found = Find(key);
            if (found >= 0)
            {
                source += _rows.Span[2 * found];
                target += _rows.Span[2 * found + 1];
            }

        Next:;
        }

        return (source, target);
    }

    /// <summary>The slot of <paramref name="key"/> in the keyed table, or -1 (a table read from a file visits each slot at most once: a broken file cannot loop).</summary>
    private int Find(ulong key)
    {
        var keys = _keys.Span;
        int mask = keys.Length - 1;
        int slot = (int)(FeatureHash.Mix(key) & (ulong)mask);
        for (int probes = 0; probes < keys.Length; probes++)
        {
            ulong k = keys[slot];
            if (k == key)
            {
                return slot;
            }

            if (k == 0)
            {
                break;
            }

            slot = (slot + 1) & mask;
        }

        return -1;
    }

    /// <summary>The number of a word the weighted features name, or -1.</summary>
    private int WordNumber(string word)
    {
        var slots = _wordSlots.Span;
        var starts = _wordStart.Span;
        var chars = _wordChars.Span;
        int mask = slots.Length - 1;
        int slot = (int)(FeatureHash.Of(word) & (ulong)mask);
        for (int probes = 0; probes < slots.Length; probes++)
        {
            int id = slots[slot] - 1;
            if (id < 0)
            {
                break;
            }

            if (chars[starts[id]..starts[id + 1]].SequenceEqual(word))
            {
                return id;
            }

            slot = (slot + 1) & mask;
        }

        return -1;
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

    /// <summary>Reads the text format (format 1, written before): "margin M", then "feature TAB source TAB target" per line (comment lines left out).</summary>
    public static ArgumentModel Parse(IEnumerable<string> lines, string header = "")
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
                throw new InvalidDataException($"the argument scorer's text: a line is not a feature and two weights: {line}");
            }

            weights[cells[0]] = [.. cells.Skip(1).Select(c => float.Parse(c, CultureInfo.InvariantCulture))];
        }

        return new ArgumentModel(weights, margin, header);
    }

    /// <summary>Writes the text format, features in ordinal order (a readable dump; the shipped model is <see cref="Write(BinaryWriter)"/>'s).</summary>
    public void Write(TextWriter writer, string header)
    {
        ModelFileText.WriteHeader(writer, header);
        writer.Write($"margin\t{MinMargin.ToString("R", CultureInfo.InvariantCulture)}\n");
        foreach (var (feature, row) in _weights.Value.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Write($"{feature}\t{string.Join('\t', row.Select(w => w.ToString(TextFormat, CultureInfo.InvariantCulture)))}\n");
        }
    }

    /// <summary>How the text format wrote a weight: four decimals at most.</summary>
    private const string TextFormat = "0.####";

    /// <summary>
    /// This model with each weight rounded as the text format wrote it (four decimals), and <paramref name="header"/> if
    /// given: training saves this, so a model trained as the shipped one was (in text) has the same weights in the binary file.
    /// </summary>
    public ArgumentModel Rounded(string? header = null)
        => new(_weights.Value.ToDictionary(p => p.Key, p => p.Value.Select(w => float.Parse(w.ToString(TextFormat, CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)).ToArray(), StringComparer.Ordinal), MinMargin, header ?? Header);

    /// <summary>
    /// Writes format 2: magic, margin, feature count, the templates' layout hash and the tables' sizes (40 bytes, so the
    /// 8-byte keys come first and lie aligned), the tables as they lie in memory, then the header and the features in
    /// ordinal order with their two weights (a byte-stable file for a given model).
    /// </summary>
    public void Write(BinaryWriter writer)
    {
        writer.Write(Magic);
        writer.Write(MinMargin);
        writer.Write(FeatureCount);
        writer.Write(Layout);
        writer.Write(_keys.Length);
        writer.Write(_dense.Length);
        writer.Write(_wordSlots.Length);
        writer.Write(_wordStart.Length - 1);
        writer.Write(_wordChars.Length);
        ModelFile.WriteArray(writer, _keys.Span);
        ModelFile.WriteArray(writer, _rows.Span);
        ModelFile.WriteArray(writer, _dense.Span);
        ModelFile.WriteArray(writer, _wordSlots.Span);
        ModelFile.WriteArray(writer, _wordStart.Span);
        ModelFile.WriteArray(writer, _wordChars.Span);
        writer.Write(Header);
        var features = _weights.Value.OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
        writer.Write(features.Count);
        foreach (var (feature, row) in features)
        {
            writer.Write(feature);
            writer.Write(row[0]);
            writer.Write(row[1]);
        }
    }

    public void Save(string path) => ModelFile.Write(path, Write);

    public string Sha256() => ModelFile.Sha256(Write);

    public static ArgumentModel Load(string path) => ModelFile.Read(path, Load);

    /// <summary>Reads a model: format 2 (<see cref="Write(BinaryWriter)"/>), or the text format written before.</summary>
    public static ArgumentModel Load(Stream stream) => ModelFile.Read(stream, (reader, magic) =>
    {
        if (magic != Magic)
        {
            reader.BaseStream.Position = 0;
            return ReadText(new StreamReader(reader.BaseStream));
        }

        try
        {
            return ReadTables(reader);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("the argument scorer's file ends early (cut off?)", e);
        }
    });

    /// <summary>Whether <paramref name="path"/> is an argument scorer (either format; a text file's first line that is no comment is its margin).</summary>
    public static bool IsModelFile(string path)
    {
        using var file = File.OpenRead(path);
        Span<byte> head = stackalloc byte[4];
        if (file.ReadAtLeast(head, 4, throwOnEndOfStream: false) == 4 && BitConverter.ToUInt32(head) == Magic)
        {
            return true;
        }

        file.Position = 0;
        using var text = new StreamReader(file);
        for (int n = 0; n < 64 && text.ReadLine() is { } line; n++)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                return line.StartsWith("margin\t", StringComparison.Ordinal);
            }
        }

        return false;
    }

    private static ArgumentModel ReadText(TextReader reader)
    {
        var lines = new List<string>();
        var header = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && trimmed[0] == '#')
            {
                header.Add(trimmed.StartsWith("# ", StringComparison.Ordinal) ? trimmed[2..] : trimmed[1..]);
            }
            else if (trimmed.Length > 0)
            {
                lines.Add(trimmed);
            }
        }

        return Parse(lines, string.Join('\n', header));
    }

    /// <summary>Format 2: the tables where they lie, checked once so that no lookup can read outside them; the features' texts read when asked for.</summary>
    private static ArgumentModel ReadTables(BinaryReader reader)
    {
        float margin = reader.ReadSingle();
        int featureCount = reader.ReadInt32();
        ulong layout = reader.ReadUInt64();
        int capacity = reader.ReadInt32();
        int denseLength = reader.ReadInt32();
        int wordCapacity = reader.ReadInt32();
        int wordCount = reader.ReadInt32();
        int charCount = reader.ReadInt32();
        if (capacity < 16 || !BitOperations.IsPow2(capacity) || wordCapacity < 16 || !BitOperations.IsPow2(wordCapacity)
            || featureCount < 0 || denseLength < 0 || wordCount < 0 || wordCount >= wordCapacity || charCount < 0)
        {
            throw new InvalidDataException("the argument scorer's table sizes are broken");
        }

        var keys = ModelFile.Take<ulong>(reader, capacity);
        var rows = ModelFile.Take<float>(reader, checked(2 * capacity));
        var dense = ModelFile.Take<float>(reader, denseLength);
        var wordSlots = ModelFile.Take<int>(reader, wordCapacity);
        var wordStart = ModelFile.Take<int>(reader, wordCount + 1);
        var wordChars = ModelFile.Take<char>(reader, charCount);
        string header = reader.ReadString();
        int featureBytes = checked((int)(reader.BaseStream.Length - reader.BaseStream.Position));
        var featureData = ModelFile.Take<byte>(reader, featureBytes);
        var weights = new Lazy<Dictionary<string, float[]>>(() => ReadFeatures(featureData));
        DenseStarts(out int size);
        if (layout != Layout)
        {
            // laid out for other templates: built from the features' texts, as the text format was
            return new ArgumentModel(weights.Value, margin, header);
        }

        if (denseLength != 2 * size)
        {
            throw new InvalidDataException("the argument scorer's closed templates' array does not fit its templates");
        }

        var starts = wordStart.Span;
        if (starts[0] != 0 || starts[wordCount] != charCount)
        {
            throw new InvalidDataException("the argument scorer's words lie outside their characters");
        }

        for (int w = 0; w < wordCount; w++)
        {
            if (starts[w] > starts[w + 1])
            {
                throw new InvalidDataException("the argument scorer's words lie outside their characters");
            }
        }

        foreach (int id in wordSlots.Span)
        {
            if ((uint)id > (uint)wordCount)
            {
                throw new InvalidDataException("the argument scorer's word table names an unknown word");
            }
        }

        return new ArgumentModel(margin, header, featureCount, weights, dense, keys, rows, wordSlots, wordStart, wordChars);
    }

    /// <summary>The features' texts and weights at the end of a format-2 file.</summary>
    private static Dictionary<string, float[]> ReadFeatures(ModelArray<byte> data)
    {
        using var reader = new BinaryReader(new MemoryStream(data.Span.ToArray()));
        int count = reader.ReadInt32();
        var weights = new Dictionary<string, float[]>(count, StringComparer.Ordinal);
        for (int i = 0; i < count; i++)
        {
            string feature = reader.ReadString();
            weights[feature] = [reader.ReadSingle(), reader.ReadSingle()];
        }

        return weights;
    }
}
