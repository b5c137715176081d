using Dateline.Language.Entities;

namespace Dateline.Language.Tests.Entities;

public class FeatureExtractorTests
{
    private static readonly Lexicon Heads = new(
        new Dictionary<ulong, int>
        {
            [FeatureHash.OfLower("bank")] = (int)LexiconCategory.OrgHead,
            [FeatureHash.OfLower("party")] = (int)LexiconCategory.OrgHead,
        },
        1);

    [Fact]
    public void Without_the_phrase_templates_the_features_are_those_of_before()
    {
        var words = "The People 's Bank of China raised rates .".Split(' ');
        var plain = Features(new FeatureExtractor(Heads, WordClusters.Empty), words);
        var phrases = Features(new FeatureExtractor(Heads, WordClusters.Empty, phrases: true), words);
        for (int i = 0; i < words.Length; i++)
        {
            Assert.Superset(plain[i].ToHashSet(), phrases[i].ToHashSet());
            bool inRun = char.IsUpper(words[i][0]) || words[i] is "'s" or "of";
            Assert.Equal(inRun ? 6 : 0, phrases[i].Length - plain[i].Length);
        }
    }

    [Fact]
    public void Every_word_of_a_capitalised_run_knows_where_its_head_word_stands()
    {
        var extractor = new FeatureExtractor(Heads, WordClusters.Empty, phrases: true);
        var words = "The People 's Bank of China raised rates .".Split(' ');
        var features = Features(extractor, words);

        // "The People 's Bank of China" is one run: "Bank" heads it, "of" and "'s" join it.
        Assert.Contains(FeatureExtractor.HeadFeature(headBefore: false, headAfter: true, isHead: false, position: 1), features[0]);
        Assert.Contains(FeatureExtractor.HeadFeature(headBefore: false, headAfter: true, isHead: false, position: 2), features[1]);
        Assert.Contains(FeatureExtractor.HeadFeature(headBefore: false, headAfter: false, isHead: true, position: 2), features[3]);
        Assert.Contains(FeatureExtractor.HeadFeature(headBefore: true, headAfter: false, isHead: false, position: 3), features[5]);
    }

    [Fact]
    public void A_lower_case_head_word_and_and_do_not_make_or_join_a_run()
    {
        var extractor = new FeatureExtractor(Heads, WordClusters.Empty, phrases: true);
        var words = "Arkansas and Alabama joined the party .".Split(' ');
        var features = Features(extractor, words);
        Assert.Contains(FeatureExtractor.HeadFeature(false, false, false, position: 0), features[0]);
        Assert.Contains(FeatureExtractor.HeadFeature(false, false, false, position: 0), features[2]);
        Assert.DoesNotContain(features[5], f => f == FeatureExtractor.HeadFeature(false, false, true, 0));
    }

    private static ulong[][] Features(FeatureExtractor extractor, string[] words)
    {
        var scratch = new FeatureScratch();
        extractor.Extract(words, scratch);
        return [.. Enumerable.Range(0, words.Length).Select(i => scratch.Features.AsSpan(i * FeatureExtractor.MaxFeaturesPerToken, scratch.Counts[i]).ToArray())];
    }
}
