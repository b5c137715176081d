namespace Dateline.Language.Entities;

/// <summary>
/// One or more <see cref="NerModel"/>s that read the same features (types, feature bits, templates, gazetteer and
/// clusters) and vote on entity chunks: a chunk (start, end, type) is kept when more than half of the members
/// decoded it. Averaging the weights of perceptrons trained with different shuffles gains nothing, but voting after
/// decoding does (about +0.3 F1 on GMB dev for three members of different label schemes and learners), because
/// members make different boundary and type mistakes. Features are extracted once for all members, and members stop
/// being asked once the outcome is settled (with three, the third decodes only sentences where the first two disagree).
/// Immutable and thread-safe.
/// </summary>
public sealed class NerEnsemble
{
    internal const uint Magic = 0x454c4444; // "DDLE"
    // 3: the members' rows in one joint table (JointWeights); 2: the gazetteer, clusters and each member's own table
    // as they lie in memory; 1: as records (2 and 1 still read).
    private const int FormatVersion = 3;

    private readonly int _majority;

    // The members' rows under one key table (two or more members), scored from here instead of the members' tables.
    private readonly JointWeights? _joint;

    public NerEnsemble(IReadOnlyList<NerModel> members)
        : this(members, null)
    {
    }

    private NerEnsemble(IReadOnlyList<NerModel> members, JointWeights? joint)
    {
        if (members.Count == 0)
        {
            throw new ArgumentException("an ensemble needs at least one model", nameof(members));
        }

        var first = members[0];
        if (members.Count > 1)
        {
            if (members.Any(m => m.UsesPredictionHistory))
            {
                throw new ArgumentException("models with prediction history cannot vote: each would need its own history of its own labels", nameof(members));
            }

            if (members.Any(m => m.Bits != first.Bits || !m.Types.SequenceEqual(first.Types) || m.UsesExtendedFeatures != first.UsesExtendedFeatures || m.UsesPhraseFeatures != first.UsesPhraseFeatures))
            {
                throw new ArgumentException("models differ in types, feature bits or feature templates", nameof(members));
            }

            // Members read from one ensemble file share their feature sources; only separate files need comparing.
            bool shared = members.All(m => ReferenceEquals(m.Lexicon, first.Lexicon) && ReferenceEquals(m.Clusters, first.Clusters));
            if (!shared && members.Select(FeatureSourcesHash).Distinct(StringComparer.Ordinal).Count() > 1)
            {
                throw new ArgumentException("models read different gazetteers or word clusters (train them on the same data)", nameof(members));
            }
        }

        Members = members;
        _majority = (members.Count / 2) + 1;
        _joint = members.Count > 1 ? joint ?? JointWeights.Of(members) : null;
    }

    public IReadOnlyList<NerModel> Members { get; }

    /// <summary>Entity types of the members (a place type "LOC" covers countries and cities too).</summary>
    public IReadOnlyList<string> Types => Members[0].Types;

    /// <summary>The gazetteer the members' features read.</summary>
    public Lexicon Lexicon => Members[0].Lexicon;

    /// <summary>A history for one document when the (single) model reads one, otherwise null.</summary>
    public PredictionHistory? NewHistory() => Members.Count == 1 ? Members[0].NewHistory() : null;

    /// <summary>
    /// Entity chunks (start, end exclusive, type index) of one sentence, in order. A history is read and extended
    /// only by a single model that uses one.
    /// </summary>
    internal List<(int Start, int End, int Type)> Tag(string[] words, FeatureScratch scratch, int[] labels, DocumentContext? document, PredictionHistory? history)
    {
        if (words.Length == 0)
        {
            return [];
        }

        if (Members.Count == 1)
        {
            Members[0].Tag(words, scratch, labels, document, history);
            return Members[0].Scheme.Spans(labels.AsSpan(0, words.Length));
        }

        int n = words.Length;
        Members[0].Extractor.Extract(words, scratch, document, null);
        _joint!.ScoreLead(n, Members[0].BucketMask, scratch);
        var votes = new List<(int Start, int End, int Type, int Count)>();
        for (int k = 0; k < Members.Count; k++)
        {
            var member = Members[k];
            if (k >= 2)
            {
                _joint.ScoreLater(k, n, scratch);
            }

            member.Decode(k == 1 ? scratch.SecondScores : scratch.Scores, n, scratch, labels);
            foreach (var (start, end, type) in member.Scheme.Spans(labels.AsSpan(0, words.Length)))
            {
                int at = IndexOf(votes, start, end, type);
                if (at < 0)
                {
                    votes.Add((start, end, type, 1));
                }
                else
                {
                    votes[at] = votes[at] with { Count = votes[at].Count + 1 };
                }
            }

            if (Settled(votes, Members.Count - k - 1))
            {
                break;
            }
        }

        // Chunks with a majority never overlap (each member's chunks are disjoint, and two majorities share a voter).
        var chosen = new List<(int Start, int End, int Type)>(votes.Count);
        foreach (var v in votes)
        {
            if (v.Count >= _majority)
            {
                chosen.Add((v.Start, v.End, v.Type));
            }
        }

        chosen.Sort((a, b) => a.Start.CompareTo(b.Start));
        return chosen;
    }

    private static int IndexOf(List<(int Start, int End, int Type, int Count)> votes, int start, int end, int type)
    {
        for (int i = 0; i < votes.Count; i++)
        {
            if (votes[i].Start == start && votes[i].End == end && votes[i].Type == type)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether the members not yet asked can no longer change which chunks have a majority.</summary>
    private bool Settled(List<(int Start, int End, int Type, int Count)> votes, int remaining)
    {
        if (remaining >= _majority)
        {
            return false; // a chunk no member has decoded yet could still win
        }

        foreach (var v in votes)
        {
            if (v.Count < _majority && v.Count + remaining >= _majority)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>SHA-256 of the saved bytes (before compression): the reproducibility check.</summary>
    public string WeightsHash()
    {
        if (Members.Count == 1)
        {
            return Members[0].WeightsHash();
        }

        return ModelFile.Sha256(WriteBody);
    }

    /// <summary>Saves a single model as a model file, several as one ensemble file (gazetteer and clusters stored once).</summary>
    public void Save(string path)
    {
        if (Members.Count == 1)
        {
            Members[0].Save(path);
            return;
        }

        ModelFile.Write(path, WriteBody);
    }

    public static NerEnsemble Load(string path) => ModelFile.Read(path, Load);

    /// <summary>Reads an ensemble file or a single-model file (an ensemble of one).</summary>
    public static NerEnsemble Load(Stream stream) => ModelFile.Read(stream, ReadBody);

    private static NerEnsemble ReadBody(BinaryReader reader, uint magic)
    {
        if (magic == NerModel.Magic)
        {
            return new NerEnsemble([NerModel.ReadAfterMagic(reader, null, null)]);
        }

        int version = magic == Magic ? reader.ReadInt32() : 0;
        if (version is not (1 or 2 or FormatVersion))
        {
            throw new InvalidDataException("not a Dateline NER model or ensemble (or a different format version)");
        }

        int count = reader.ReadInt32();
        if (count is < 1 or > 64 || (version >= 3 && count < 2))
        {
            throw new InvalidDataException("the ensemble's member count is broken");
        }

        var lexicon = Lexicon.Read(reader, records: version < 2);
        var clusters = WordClusters.Read(reader, records: version < 2);
        if (version >= 3)
        {
            return ReadJoint(reader, count, lexicon, clusters);
        }

        var members = new NerModel[count];
        for (int k = 0; k < count; k++)
        {
            if (reader.ReadUInt32() != NerModel.Magic)
            {
                throw new InvalidDataException($"ensemble member {k + 1} is not a Dateline NER model");
            }

            members[k] = NerModel.ReadAfterMagic(reader, lexicon, clusters);
        }

        return new NerEnsemble(members);
    }

    /// <summary>Format 3: the members' headers, then their rows in the joint table, read where it lies.</summary>
    private static NerEnsemble ReadJoint(BinaryReader reader, int count, Lexicon lexicon, WordClusters clusters)
    {
        var headers = new NerModel.Header[count];
        for (int k = 0; k < count; k++)
        {
            if (reader.ReadUInt32() != NerModel.Magic)
            {
                throw new InvalidDataException($"ensemble member {k + 1} is not a Dateline NER model");
            }

            headers[k] = NerModel.Header.Read(reader);
        }

        var joint = JointWeights.Read(reader, [.. headers.Select(h => (h.LabelCount, h.RowCount))]);
        var members = new NerModel[count];
        for (int k = 0; k < count; k++)
        {
            int member = k;
            members[k] = NerModel.Member(headers[k], lexicon, clusters, () => joint.MemberTable(member));
        }

        return new NerEnsemble(members, joint);
    }

    private void WriteBody(BinaryWriter writer)
    {
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(Members.Count);
        Members[0].WriteFeatureSources(writer);
        foreach (var member in Members)
        {
            member.WriteWeights(writer, tables: false);
        }

        _joint!.Write(writer);
    }

    private static string FeatureSourcesHash(NerModel model) => ModelFile.Sha256(model.WriteFeatureSources);
}
