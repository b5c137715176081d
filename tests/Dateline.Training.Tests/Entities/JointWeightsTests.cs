using System.Runtime.Intrinsics;
using Dateline.Language.Entities;
using Dateline.Training.Entities;

namespace Dateline.Training.Tests.Entities;

public class JointWeightsTests
{
    private static readonly NerTrainingOptions Tiny = new() { Bits = 16, Epochs = 6, MinFeatureCount = 1 };

    [Fact]
    public void Members_scored_from_the_joint_table_score_exactly_as_from_their_own_tables()
    {
        // Different seeds and schemes give members with different feature rows, so the joint table has rows some
        // members have no weights for.
        var members = new[]
        {
            Train(seed: 1, bilou: false),
            Train(seed: 2, bilou: true),
            Train(seed: 3, bilou: true),
        };
        var joint = JointWeights.Of(members);
        var words = "Officials in Geneva praised John Smith of the United Nations , an unseen Zyxwv said .".Split(' ');
        int n = words.Length;

        var shared = new FeatureScratch();
        members[0].Extractor.Extract(words, shared, new DocumentContext([words]));
        joint.ScoreLead(n, members[0].BucketMask, shared);
        var fromJoint = new List<float[]>
        {
            shared.Scores[..(n * members[0].LabelCount)],
            shared.SecondScores[..(n * members[1].LabelCount)],
        };
        joint.ScoreLater(2, n, shared);
        fromJoint.Add(shared.Scores[..(n * members[2].LabelCount)]);

        AssertScoredAsTheirOwnTables(members, words, fromJoint);
    }

    [Fact]
    public void One_scratch_scores_sentences_of_one_two_and_many_words_in_turn_exactly_as_the_members_own_tables()
    {
        // ScoreLead keeps each feature's first slot in the scratch (FetchSlots) and overwrites it with the row found
        // (FindRows); the pipeline's ends (one word, two words) and a scratch holding a longer sentence's slots and
        // rows from before must all score as the members' own tables do.
        var members = new[] { Train(seed: 1, bilou: false), Train(seed: 2, bilou: true) };
        var joint = JointWeights.Of(members);
        var shared = new FeatureScratch();
        foreach (var sentence in new[]
        {
            "Officials in Geneva praised John Smith of the United Nations , an unseen Zyxwv said .",
            "Geneva",
            "John Smith",
            "Smith said .",
            "Zyxwv Qwrtp of Geneva and the United Nations met in Paris on Monday .",
        })
        {
            var words = sentence.Split(' ');
            int n = words.Length;
            members[0].Extractor.Extract(words, shared, new DocumentContext([words]));
            joint.ScoreLead(n, members[0].BucketMask, shared);
            AssertScoredAsTheirOwnTables(members, words, [shared.Scores[..(n * members[0].LabelCount)], shared.SecondScores[..(n * members[1].LabelCount)]]);
        }
    }

    /// <summary>Each member's scores of the words from the joint table are, bit for bit, those of its own table (and not all zero).</summary>
    private static void AssertScoredAsTheirOwnTables(NerModel[] members, string[] words, IReadOnlyList<float[]> fromJoint)
    {
        int n = words.Length;
        for (int k = 0; k < members.Length; k++)
        {
            var own = new FeatureScratch();
            members[k].Extractor.Extract(words, own, new DocumentContext([words]));
            members[k].Score(n, own);
            var expected = own.Scores[..(n * members[k].LabelCount)];
            Assert.Equal(expected.Select(BitConverter.SingleToInt32Bits), fromJoint[k].Select(BitConverter.SingleToInt32Bits));
            Assert.Contains(expected, s => s != 0);
        }
    }

    [Fact]
    public void Every_finite_half_scaled_and_scaled_back_has_its_own_float_bits()
    {
        var bits = new ushort[8];
        var widened = new float[8];
        for (int h = 0; h < 1 << 16; h += 8)
        {
            for (int j = 0; j < 8; j++)
            {
                bits[j] = (ushort)(h + j);
            }

            (JointWeights.Scaled(Vector128.Create(bits)) * JointWeights.Scale).CopyTo(widened);
            for (int j = 0; j < 8; j++)
            {
                var half = BitConverter.UInt16BitsToHalf(bits[j]);
                if (Half.IsFinite(half))
                {
                    Assert.Equal(BitConverter.SingleToInt32Bits((float)half), BitConverter.SingleToInt32Bits(widened[j]));
                }
            }
        }
    }

    [Fact]
    public void Halves_summed_over_2_to_the_112_and_scaled_back_once_sum_to_the_same_bits()
    {
        // Small halves (subnormal, and normal near 2^-14) with cancellations, where the scaled sums are subnormal floats.
        var random = new Random(7);
        var bits = new ushort[8];
        for (int trial = 0; trial < 20_000; trial++)
        {
            int rows = random.Next(1, 65);
            var plain = new float[8];
            var scaled = Vector256<float>.Zero;
            for (int r = 0; r < rows; r++)
            {
                for (int j = 0; j < 8; j++)
                {
                    int magnitude = random.Next(4) switch { 0 => random.Next(0x400), 1 => random.Next(0x300, 0x800), 2 => random.Next(0x7c00), _ => 0 };
                    bits[j] = (ushort)(magnitude | (random.Next(2) << 15));
                    plain[j] += (float)BitConverter.UInt16BitsToHalf(bits[j]);
                }

                scaled += JointWeights.Scaled(Vector128.Create(bits));
            }

            var back = new float[8];
            (scaled * JointWeights.Scale).CopyTo(back);
            Assert.Equal(plain.Select(BitConverter.SingleToInt32Bits), back.Select(BitConverter.SingleToInt32Bits));
        }
    }

    [Fact]
    public void A_member_read_back_from_the_joint_table_has_its_own_rows_in_its_own_order()
    {
        var members = new[] { Train(seed: 1, bilou: false), Train(seed: 2, bilou: false), Train(seed: 3, bilou: true) };
        var joint = JointWeights.Of(members);
        for (int k = 0; k < members.Length; k++)
        {
            var (buckets, rows) = joint.MemberTable(k);
            Assert.Equal(members[k].BucketOfRow(), buckets);
            int labels = members[k].LabelCount;
            for (int r = 0; r < buckets.Length; r++)
            {
                Assert.Equal(members[k].Row(r).ToArray(), rows.AsSpan(r * labels, labels).ToArray());
            }
        }
    }

    [Fact]
    public void Weights_that_are_not_half_floats_are_refused()
    {
        string[] types = ["PERSON"];
        int labels = LabelScheme.Iob2.LabelCount(types.Length);
        var transitions = new float[(labels + 1) * labels];
        var halves = new NerModel(types, 16, [7], [0.5f, -1.25f, 3f], transitions, Lexicon.Empty, WordClusters.Empty);
        var notHalves = new NerModel(types, 16, [7], [0.1f, 0f, 0f], transitions, Lexicon.Empty, WordClusters.Empty);
        Assert.Equal([7], JointWeights.Of([halves, halves]).MemberTable(1).BucketOfRow);
        Assert.Throws<InvalidOperationException>(() => JointWeights.Of([halves, notHalves]));
    }

    private static NerModel Train(int seed, bool bilou)
        => new NerTrainer(Tiny with { Seed = seed, Bilou = bilou }).Train(
        [
            Sentence("John/B-PERSON Smith/I-PERSON visited Paris/B-LOC on Monday ."),
            Sentence("The/O United/B-ORG Nations/I-ORG met in Geneva/B-LOC ."),
            Sentence("Officials praised Jordan/B-PERSON today ."),
            Sentence("Mary/B-PERSON Jones/I-PERSON of Reuters/B-ORG said ."),
        ], Lexicon.Empty, WordClusters.Empty);

    private static TaggedSentence Sentence(string annotated)
    {
        var parts = annotated.Split(' ');
        return new TaggedSentence(parts.Select(p => p.Split('/')[0]).ToArray(), parts.Select(p => p.Contains('/') ? p.Split('/')[1] : "O").ToArray());
    }
}
