using System.Diagnostics;
using Dateline.Language.Entities;
using Dateline.Language.Tokens;

namespace Dateline.Training.Entities;

/// <summary>
/// One `dateline train ner` run from files: reads the tagged sentences, builds the gazetteer from the lexicon folder
/// and the word clusters from unlabelled news text, then trains. Deterministic for the same files and options.
/// </summary>
public sealed record NerTrainingJob(IReadOnlyList<string> Data, string LexiconFolder)
{
    /// <summary>Also use the research-only gazetteers (never for the shipped model).</summary>
    public bool ResearchLexicons { get; init; }

    /// <summary>Unlabelled JSON Lines texts for the word clusters.</summary>
    public IReadOnlyList<string> Corpus { get; init; } = [];

    /// <summary>A tagged file scored after each epoch (progress only).</summary>
    public string? Dev { get; init; }

    public ClusterOptions Clusters { get; init; } = new();

    public NerTrainingOptions Training { get; init; } = new();

    public NerModel Run(Action<string> log)
    {
        var clock = Stopwatch.StartNew();

        // Training-time only: the title list of the lexicon folder also marks titles inside GMB person spans.
        var titlesFile = Path.Combine(LexiconFolder, "person_titles.txt.gz");
        var titles = File.Exists(titlesFile)
            ? LexiconSources.Rows(titlesFile).Select(r => r[0].Trim().ToLowerInvariant()).Where(t => t.Length > 0 && !t.Contains(' ')).ToHashSet(StringComparer.Ordinal)
            : null;
        var reader = new CorpusReader(RoleWords.Default, Abbreviations.Default, titles);
        var sentences = Data.SelectMany(reader.Read).ToList();
        log($"{sentences.Count} sentences, {sentences.Sum(s => s.Words.Length)} tokens from {Data.Count} files");
        var devSentences = Dev is { } devFile ? reader.Read(devFile) : null;

        var lexicon = LexiconSources.Load(LexiconFolder, ResearchLexicons, RoleWords.Default, includeOrgHeads: Training.PhraseFeatures);
        log($"lexicon {lexicon.Count} entries ({clock.Elapsed.TotalSeconds:F0} s)");

        // Held-out text stays out of the clusters: GMB test passages and the GUM documents (GUM test is among them).
        var unlabelled = ClusterCorpus.Sentences(Corpus, ["gmb-test", "gum:"]).Concat(sentences.Select(s => s.Words));
        var clusters = new ClusterBuilder(Clusters).Build(unlabelled.ToList());
        log($"{clusters.Count} words clustered ({clock.Elapsed.TotalSeconds:F0} s)");

        var trainer = new NerTrainer(Training) { Log = line => log($"{line} ({clock.Elapsed.TotalSeconds:F0} s)") };
        return trainer.Train(sentences, lexicon, clusters, devSentences);
    }
}
