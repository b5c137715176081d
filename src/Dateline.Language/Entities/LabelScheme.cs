namespace Dateline.Language.Entities;

/// <summary>
/// How entity chunks become per-word labels. IOB2: 0 = O, then B-t, I-t per type. BILOU: 0 = O, then B-t, I-t,
/// L-t (last word), U-t (a one-word entity) per type; Ratinov and Roth (2009) found that telling the model where
/// chunks end and which are single words learns better than IOB2. Immutable.
/// </summary>
public sealed class LabelScheme
{
    private const int Begin = 0, Inside = 1, Last = 2, Unit = 3;

    private LabelScheme(bool bilou)
    {
        IsBilou = bilou;
        Width = bilou ? 4 : 2;
    }

    public static LabelScheme Iob2 { get; } = new(bilou: false);

    public static LabelScheme Bilou { get; } = new(bilou: true);

    public bool IsBilou { get; }

    /// <summary>Labels per type.</summary>
    public int Width { get; }

    public int LabelCount(int typeCount) => 1 + (Width * typeCount);

    /// <summary>The type index of a label, -1 for O.</summary>
    public int TypeOf(int label) => label == 0 ? -1 : (label - 1) / Width;

    /// <summary>
    /// Whether <paramref name="label"/> may follow <paramref name="previous"/> (previous = label count at the start):
    /// inside and last labels continue a chunk of their type; in BILOU, an open chunk (B or I) must be continued.
    /// </summary>
    public bool Allowed(int previous, int label, int labelCount)
    {
        bool start = previous == labelCount;
        bool previousOpen = !start && previous != 0 && IsBilou && Part(previous) is Begin or Inside;
        if (label == 0 || Part(label) is Begin or Unit)
        {
            return !previousOpen;
        }

        // I-t or L-t: the previous label opened or continued a chunk of type t.
        if (start || previous == 0 || TypeOf(previous) != TypeOf(label))
        {
            return false;
        }

        return IsBilou ? Part(previous) is Begin or Inside : true;
    }

    /// <summary>Whether a sentence may end on this label (BILOU chunks must be closed).</summary>
    public bool AllowedLast(int label) => !IsBilou || label == 0 || Part(label) is Last or Unit;

    /// <summary>The transition table of <see cref="Allowed"/>: row p (p = label count for the start), column y.</summary>
    public bool[] AllowedTable(int labelCount)
    {
        var table = new bool[(labelCount + 1) * labelCount];
        for (int p = 0; p <= labelCount; p++)
        {
            for (int y = 0; y < labelCount; y++)
            {
                table[(p * labelCount) + y] = Allowed(p, y, labelCount);
            }
        }

        return table;
    }

    /// <summary>The labels of one sentence from IOB2 tag strings over <paramref name="types"/> (unknown types are O).</summary>
    public int[] Encode(string[] tags, IReadOnlyList<string> types)
    {
        var labels = new int[tags.Length];
        for (int i = 0; i < tags.Length; i++)
        {
            int type = TypeIndex(tags[i], types);
            if (type < 0)
            {
                continue;
            }

            bool begins = tags[i][0] == 'B' || i == 0 || TypeIndex(tags[i - 1], types) != type;
            bool continues = i + 1 < tags.Length && tags[i + 1][0] == 'I' && TypeIndex(tags[i + 1], types) == type;
            int part = !IsBilou ? (begins ? Begin : Inside)
                : begins ? (continues ? Begin : Unit)
                : continues ? Inside : Last;
            labels[i] = 1 + (Width * type) + part;
        }

        return labels;
    }

    /// <summary>Entity chunks (start, end exclusive, type) of a label sequence.</summary>
    public List<(int Start, int End, int Type)> Spans(ReadOnlySpan<int> labels)
    {
        var spans = new List<(int, int, int)>((labels.Length / 6) + 1);
        for (int i = 0; i < labels.Length; i++)
        {
            if (labels[i] == 0 || Part(labels[i]) is not (Begin or Unit))
            {
                continue;
            }

            int type = TypeOf(labels[i]);
            int end = i + 1;
            if (Part(labels[i]) == Begin)
            {
                while (end < labels.Length && labels[end] != 0 && TypeOf(labels[end]) == type && Part(labels[end]) is Inside or Last)
                {
                    end++;
                    if (IsBilou && Part(labels[end - 1]) == Last)
                    {
                        break;
                    }
                }
            }

            spans.Add((i, end, type));
            i = end - 1;
        }

        return spans;
    }

    public string Name(int label, IReadOnlyList<string> types)
    {
        if (label == 0)
        {
            return "O";
        }

        string prefix = Part(label) switch { Begin => "B-", Inside => "I-", Last => "L-", _ => "U-" };
        return prefix + types[TypeOf(label)];
    }

    private int Part(int label) => (label - 1) % Width;

    private static int TypeIndex(string tag, IReadOnlyList<string> types)
    {
        if (tag.Length < 3 || tag == "O")
        {
            return -1;
        }

        var name = tag.AsSpan(2);
        for (int t = 0; t < types.Count; t++)
        {
            if (name.SequenceEqual(types[t]))
            {
                return t;
            }
        }

        return -1;
    }
}
