using System.Text.RegularExpressions;
using Dateline.Core.Pipeline;
using Dateline.Language.Events;
using Dateline.Training.Learning;

namespace Dateline.Training.Events;

/// <summary>
/// Trains the events layer's trigger detector (docs/events.md, "The trigger detector"): every verb and common noun of
/// a train sentence, and every word the rules coded a trigger at, is an instance with the features of
/// <see cref="TriggerFeatures"/>. A rule trigger is labelled its type when the sentence's gold has an event of that
/// type (what the type-only score counts), else "no event"; another word is labelled the type of the gold trigger it
/// belongs to, else "no event". An averaged perceptron over the 17 classes learns them. Cross-validation by document
/// (the argument scorer's folds) predicts each train sentence with a detector that did not see its document, beside
/// the shipped layer without one. Deterministic: a seeded shuffle, features in a fixed order, the file sorted.
/// </summary>
public sealed partial class EventTriggerTrainer(TriggerTrainingOptions options)
{
    private sealed record Instance(string[] Features, int Label);

    private readonly ArgumentModel? _arguments = EventArgumentTrainer.ShippedOr(options.ArgumentModelPath);

    /// <summary>The model's file text (see <c>TriggerModel</c>), trained on every sentence given.</summary>
    public string Train(IReadOnlyList<EventSentence> sentences, IReadOnlyDictionary<string, IReadOnlyList<GoldEvent>> gold, string header)
    {
        var writer = new StringWriter { NewLine = "\n" };
        Fit(Label(Observe(sentences, _arguments), gold)).Write(writer, header);
        return writer.ToString();
    }

    /// <summary>How many words were classified and how many of them are labelled a type, observed with the options' argument scorer (as <see cref="Train"/> observes them).</summary>
    public (int Words, int Triggers) Count(IReadOnlyList<EventSentence> sentences, IReadOnlyDictionary<string, IReadOnlyList<GoldEvent>> gold)
    {
        var instances = Label(Observe(sentences, _arguments), gold);
        return (instances.Count, instances.Count(i => i.Label != 0));
    }

    /// <summary>
    /// Each sentence's events (eval/events' prediction lines) for each pair of margins, from a detector trained on the
    /// other folds' documents (<see cref="EventSentence.FoldOf"/>); the options' argument scorer in every run. Keyed by
    /// (add, veto); with no margins, the layer without a detector.
    /// </summary>
    public Dictionary<(float Add, float Veto), List<string>> CrossValidate(IReadOnlyList<EventSentence> sentences, IReadOnlyDictionary<string, IReadOnlyList<GoldEvent>> gold, int folds, IReadOnlyList<(float Add, float Veto)> margins)
        => CrossValidate(sentences, gold, EventFolds.ByDocument(sentences, folds), margins);

    /// <summary>
    /// The events of each sentence of a predicted fold of <paramref name="folds"/> (in the order given) for each pair
    /// of margins, from a detector trained on the other folds' sentences, with the options' argument scorer. Keyed by
    /// (add, veto).
    /// </summary>
    public Dictionary<(float Add, float Veto), List<string>> CrossValidate(IReadOnlyList<EventSentence> sentences, IReadOnlyDictionary<string, IReadOnlyList<GoldEvent>> gold, EventFolds folds, IReadOnlyList<(float Add, float Veto)> margins)
    {
        var observed = Observe(sentences, _arguments);
        var lines = margins.ToDictionary(m => m, _ => new Dictionary<string, string>(StringComparer.Ordinal));
        foreach (int f in folds.Predicted)
        {
            var model = margins.Count == 0 ? null : Fit(Label([.. observed.Where(o => folds.FoldOf(o.Sentence) != f)], gold));
            foreach (var m in margins)
            {
                var extractor = new EventExtractor(_arguments, model!.WithMargins(m.Add, m.Veto));
                foreach (var s in sentences.Where(s => folds.FoldOf(s) == f))
                {
                    lines[m][s.Id] = EventArgumentTrainer.Predict(extractor, s);
                }
            }
        }

        return lines.ToDictionary(p => p.Key, p => sentences.Where(folds.IsPredicted).Select(s => p.Value[s.Id]).ToList());
    }

    /// <summary>The layer's events without a trigger detector (the rules and the argument scorer file at <paramref name="argumentModelPath"/>, null: the shipped one), the cross-validation's baseline.</summary>
    public static List<string> Baseline(IEnumerable<EventSentence> sentences, string? argumentModelPath = null)
    {
        var extractor = new EventExtractor(EventArgumentTrainer.ShippedOr(argumentModelPath), triggers: null);
        return [.. sentences.Select(s => EventArgumentTrainer.Predict(extractor, s))];
    }

    private static List<(EventSentence Sentence, TriggerSentence Words)> Observe(IReadOnlyList<EventSentence> sentences, ArgumentModel? arguments)
    {
        var list = new List<(EventSentence, TriggerSentence)>();
        foreach (var sentence in sentences)
        {
            var seen = new List<TriggerSentence>();
            var extractor = new EventExtractor(arguments, null, seen.Add);
            if (extractor.AppliesTo(sentence.Document))
            {
                extractor.Process(sentence.Document, ProcessingContext.None);
            }
            list.AddRange(seen.Select(w => (sentence, w)));
        }

        return list;
    }

    private TriggerModel Fit(List<Instance> instances)
    {
        int classes = TriggerModel.Classes;
        var perceptron = new AveragedPerceptron<string>(classes);
        var order = Enumerable.Range(0, instances.Count).ToArray();
        var random = new Random(options.Seed);
        var scores = new float[classes];
        for (int epoch = 0; epoch < options.Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (int index in order)
            {
                var instance = instances[index];
                perceptron.Tick();
                perceptron.Score(instance.Features, scores);
                int guess = 0;
                for (int c = 1; c < classes; c++)
                {
                    guess = scores[c] > scores[guess] ? c : guess;
                }

                perceptron.Update(instance.Features, instance.Label, guess);
            }
        }

        var weights = new Dictionary<ulong, float[]>();
        var names = new Dictionary<ulong, string>();
        foreach (var (feature, row) in perceptron.Averaged(StringComparer.Ordinal, options.MinWeight))
        {
            var w = new float[classes];
            foreach (var (c, weight) in row)
            {
                w[c] = weight;
            }

            ulong id = TriggerFeatures.Id(feature);
            weights[id] = w;
            names[id] = feature;
        }

        return new TriggerModel(weights, options.AddMargin, options.VetoMargin, names, options.UnlistedOnly);
    }

    /// <summary>Labels each classified word by the sentence's gold events (see the class summary).</summary>
    private static List<Instance> Label(List<(EventSentence Sentence, TriggerSentence Words)> observed, IReadOnlyDictionary<string, IReadOnlyList<GoldEvent>> gold)
    {
        var instances = new List<Instance>();
        foreach (var (sentence, words) in observed)
        {
            var events = gold.GetValueOrDefault(sentence.Id);
            if (events is null)
            {
                continue; // not annotated
            }

            var label = new int[words.Words.Length];
            foreach (var e in events)
            {
                foreach (int k in TriggerWords(words.Words, e.Trigger))
                {
                    label[k] = label[k] == 0 ? 1 + (int)EventCodes.ParseType(e.Type) : label[k];
                }
            }

            foreach (var c in words.Candidates)
            {
                int y = c.Ruled is { } t ? (events.Any(e => e.Type == t.Code()) ? 1 + (int)t : 0) : label[c.Word];
                instances.Add(new Instance(c.Features, y));
            }
        }

        return instances;
    }

    /// <summary>The words of the sentence the gold trigger spans: its words as a run, else each of its longer words where it stands alone.</summary>
    internal static IEnumerable<int> TriggerWords(string[] sentence, string? trigger)
    {
        if (trigger is null)
        {
            return [];
        }

        var words = Word().Matches(trigger.ToLowerInvariant().Replace('’', '\'')).Select(m => m.Value).ToArray();
        for (int i = 0; words.Length > 0 && i + words.Length <= sentence.Length; i++)
        {
            if (sentence.AsSpan(i, words.Length).SequenceEqual(words))
            {
                return Enumerable.Range(i, words.Length);
            }
        }

        return [.. words.Where(w => w.Length >= 3).Select(w => Array.IndexOf(sentence, w)).Where(k => k >= 0)];
    }

    [GeneratedRegex(@"\w+(?:[-'.]\w+)*|n't|'s|[^\w\s]")]
    private static partial Regex Word();
}
