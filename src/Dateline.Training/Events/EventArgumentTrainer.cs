using System.Text.Json;
using Dateline.Core.Pipeline;
using Dateline.Language.Events;
using Dateline.Training.Learning;

namespace Dateline.Training.Events;

/// <summary>
/// Trains the events layer's argument scorer (docs/events.md, "The argument scorer"): for every trigger the rules code
/// in a train sentence whose gold has events of its type (and every trigger they read no actor for), each candidate actor is labelled source, target or none by
/// the gold actors (as the scorer matches them), and an averaged perceptron learns the roles from
/// <see cref="ArgumentFeatures"/>. Cross-validation by document predicts each train sentence with a model that did not
/// see its document. Deterministic: a seeded shuffle, features in a fixed order, the file sorted.
/// </summary>
public sealed class EventArgumentTrainer(ArgumentTrainingOptions options)
{
    private sealed record Instance(string[][] Features, string[] None, int[] Labels);

    /// <summary>The model's text (see <c>ArgumentModel.Write(TextWriter, string)</c>, a readable dump), trained on every sentence given.</summary>
    public string Train(IReadOnlyList<EventSentence> sentences, IReadOnlyDictionary<string, IReadOnlyList<GoldEvent>> gold, string header)
    {
        var writer = new StringWriter { NewLine = "\n" };
        Fit(Label(sentences, gold, out _)).Write(writer, header);
        return writer.ToString();
    }

    /// <summary>
    /// Trains on every sentence given and writes the model file (format 2, "ARG2", what the events layer loads) to
    /// <paramref name="path"/>, each weight rounded to four decimals as the text format kept it (the same weights as a
    /// text file of the same training converted by `dateline train convert`).
    /// </summary>
    public void Save(IReadOnlyList<EventSentence> sentences, IReadOnlyDictionary<string, IReadOnlyList<GoldEvent>> gold, string header, string path)
        => Fit(Label(sentences, gold, out _)).Rounded(header).Save(path);

    /// <summary>How many gold actors (not null) of the triggers labelled are among their candidates, of how many: the scorer's ceiling.</summary>
    public static (int Found, int All, int Triggers) Coverage(IReadOnlyList<EventSentence> sentences, IReadOnlyDictionary<string, IReadOnlyList<GoldEvent>> gold)
    {
        var instances = Label(sentences, gold, out var coverage);
        return (coverage.Found, coverage.All, instances.Count);
    }

    /// <summary>
    /// Each sentence's events (eval/events' prediction lines) from a model trained on the other folds' documents
    /// (documents dealt to <paramref name="folds"/> folds in sorted order); with <paramref name="rulesOnly"/>, the rules' own.
    /// </summary>
    public IEnumerable<string> CrossValidate(IReadOnlyList<EventSentence> sentences, IReadOnlyDictionary<string, IReadOnlyList<GoldEvent>> gold, int folds, bool rulesOnly = false)
        => CrossValidate(sentences, gold, EventFolds.ByDocument(sentences, folds), rulesOnly);

    /// <summary>
    /// The events of each sentence of a predicted fold of <paramref name="folds"/> (in the order given), from a model
    /// trained on the other folds' sentences; with <paramref name="rulesOnly"/>, the rules' own.
    /// </summary>
    public IEnumerable<string> CrossValidate(IReadOnlyList<EventSentence> sentences, IReadOnlyDictionary<string, IReadOnlyList<GoldEvent>> gold, EventFolds folds, bool rulesOnly = false)
    {
        var lines = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (int f in folds.Predicted)
        {
            var model = rulesOnly ? null : Fit(Label([.. sentences.Where(s => folds.FoldOf(s) != f)], gold, out _));
            var extractor = new EventExtractor(model);
            foreach (var s in sentences.Where(s => folds.FoldOf(s) == f))
            {
                lines[s.Id] = Predict(extractor, s);
            }
        }

        return sentences.Where(folds.IsPredicted).Select(s => lines[s.Id]);
    }

    /// <summary>Each sentence's events with the model file at <paramref name="modelPath"/> (either format; the rules alone when null).</summary>
    public static IEnumerable<string> Predict(IReadOnlyList<EventSentence> sentences, string? modelPath)
    {
        var extractor = new EventExtractor(modelPath is null ? null : ArgumentModel.Load(modelPath));
        return sentences.Select(s => Predict(extractor, s));
    }

    /// <summary>
    /// For the measure of candidates and choice (docs/events.md, "Where actor reading fails"): per sentence, every trigger
    /// the rules draft (coded, or unread: no actor read) with its type, its candidate actors (each with the role the rules
    /// gave it) and the events the layer outputs with the argument model file at <paramref name="modelPath"/> (null: the shipped one).
    /// </summary>
    public static IEnumerable<string> Candidates(IReadOnlyList<EventSentence> sentences, string? modelPath)
    {
        var groups = new List<ArgumentGroup>();
        var extractor = new EventExtractor(ShippedOr(modelPath), groups.Add);
        foreach (var sentence in sentences)
        {
            groups.Clear();
            var events = JsonDocument.Parse(Predict(extractor, sentence)).RootElement.GetProperty("events").Clone();
            var triggers = groups.Select(g => new Dictionary<string, object?>
            {
                ["type"] = g.Type.Code(),
                ["trigger"] = g.Trigger,
                ["unread"] = g.Unread,
                ["candidates"] = g.Candidates.Select(c => new Dictionary<string, string> { ["text"] = c.Text, ["rule"] = c.Features[0] }).ToList(),
            }).ToList();
            yield return JsonSerializer.Serialize(new Dictionary<string, object> { ["id"] = sentence.Id, ["text"] = sentence.Document.Text, ["triggers"] = triggers, ["events"] = events });
        }
    }

    /// <summary>The argument model file at <paramref name="modelPath"/> (either format), or the shipped one when null.</summary>
    internal static ArgumentModel? ShippedOr(string? modelPath) => modelPath is null ? ArgumentModel.Shipped : ArgumentModel.Load(modelPath);

    internal static string Predict(EventExtractor extractor, EventSentence sentence)
    {
        // a sentence the layer does not read (not English: Scope/EnglishScope) has no events, as in `annotate`
        var doc = extractor.AppliesTo(sentence.Document) ? extractor.Process(sentence.Document, ProcessingContext.None) : sentence.Document;
        var events = doc.Layer<Event>().Select(e => new Dictionary<string, string?>
        {
            ["type"] = e.Type.Code(),
            ["trigger"] = doc.TextOf(e.Trigger),
            ["source"] = e.SourceMention is { } sm ? doc.TextOf(sm) : null,
            ["target"] = e.TargetMention is { } tm ? doc.TextOf(tm) : null,
            ["mode"] = e.Mode.Code(),
        });
        return JsonSerializer.Serialize(new Dictionary<string, object> { ["id"] = sentence.Id, ["events"] = events.ToList() });
    }

    /// <summary>
    /// A ranking perceptron per role: among a trigger's candidates and "no argument", the highest score is the guess;
    /// when it is not a right answer, the best-scoring right answer's features move up and the guess's down. With
    /// <see cref="ArgumentTrainingOptions.Bag"/> above 1, that many perceptrons are trained, each with its own shuffle
    /// (seeds <see cref="ArgumentTrainingOptions.Seed"/> on), and their averaged weights averaged again: the model no
    /// longer hangs on one shuffle's order (docs/events.md, "Where actor reading fails").
    /// </summary>
    private ArgumentModel Fit(List<Instance> instances)
    {
        var weights = new Dictionary<string, float[]>(StringComparer.Ordinal);
        int bag = Math.Max(1, options.Bag);
        for (int b = 0; b < bag; b++)
        {
            foreach (var (feature, row) in FitOne(instances, options.Seed + b))
            {
                if (!weights.TryGetValue(feature, out var sum))
                {
                    weights[feature] = sum = new float[2];
                }

                sum[0] += row[0] / bag;
                sum[1] += row[1] / bag;
            }
        }

        return new ArgumentModel(weights, options.MinMargin);
    }

    private Dictionary<string, float[]> FitOne(List<Instance> instances, int seed)
    {
        var perceptron = new AveragedPerceptron<string>(2);
        var order = Enumerable.Range(0, instances.Count).ToArray();
        var random = new Random(seed);
        Span<float> scores = stackalloc float[2];
        for (int epoch = 0; epoch < options.Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (int index in order)
            {
                var instance = instances[index];
                foreach (var role in (ArgumentRole[])[ArgumentRole.Source, ArgumentRole.Target])
                {
                    int column = (int)role - 1;
                    perceptron.Tick();
                    perceptron.Score(instance.None, scores);
                    float noneScore = scores[column];
                    int guess = -1, right = -1;
                    float guessScore = noneScore, rightScore = float.NegativeInfinity;
                    bool noneRight = !instance.Labels.Contains((int)role);
                    for (int c = 0; c < instance.Labels.Length; c++)
                    {
                        perceptron.Score(instance.Features[c], scores);
                        if (scores[column] > guessScore)
                        {
                            (guess, guessScore) = (c, scores[column]);
                        }

                        if (instance.Labels[c] == (int)role && scores[column] > rightScore)
                        {
                            (right, rightScore) = (c, scores[column]);
                        }
                    }

                    bool correct = guess < 0 ? noneRight : instance.Labels[guess] == (int)role;
                    if (!correct)
                    {
                        perceptron.Adjust(right < 0 ? instance.None : instance.Features[right], column, +1);
                        perceptron.Adjust(guess < 0 ? instance.None : instance.Features[guess], column, -1);
                    }
                }
            }
        }

        var weights = new Dictionary<string, float[]>(StringComparer.Ordinal);
        foreach (var (feature, row) in perceptron.Averaged(StringComparer.Ordinal, options.MinWeight))
        {
            var w = new float[2];
            foreach (var (c, weight) in row)
            {
                w[c] = weight;
            }

            weights[feature] = w;
        }

        return weights;
    }

    /// <summary>
    /// The rules' triggers with gold events of their type, each candidate labelled by the gold actors; also the triggers
    /// the rules read no actor for (unread: they code no event), with gold of their type or not (then every candidate none).
    /// </summary>
    private static List<Instance> Label(IReadOnlyList<EventSentence> sentences, IReadOnlyDictionary<string, IReadOnlyList<GoldEvent>> gold, out (int Found, int All) coverage)
    {
        var instances = new List<Instance>();
        coverage = (0, 0);
        foreach (var sentence in sentences)
        {
            var groups = new List<ArgumentGroup>();
            var extractor = new EventExtractor(null, groups.Add);
            if (extractor.AppliesTo(sentence.Document))
            {
                extractor.Process(sentence.Document, ProcessingContext.None);
            }
            var events = gold.GetValueOrDefault(sentence.Id) ?? [];
            foreach (var group in groups)
            {
                var type = group.Type.Code();
                var same = events.Where(e => e.Type == type).ToList();
                if (same.Count == 0)
                {
                    if (group.Unread)
                    {
                        // a trigger the rules read no actor for (it codes no event), of a type the sentence does not have: its
                        // candidates are no one's actors, which teaches the features of how a phrase is reached (docs/events.md,
                        // "Where actor reading fails")
                        instances.Add(new Instance([.. group.Candidates.Select(c => c.Features)], group.NoneFeatures, new int[group.Candidates.Count]));
                    }

                    continue; // a type the sentence does not have: the trigger, not its actors, is wrong
                }

                // the gold events of this trigger (by its words), else every one of its type
                var mine = same.Where(e => ActorWords.Match(e.Trigger, group.Trigger) && e.Trigger is not null).ToList();
                if (mine.Count == 0)
                {
                    mine = same;
                }

                var labels = group.Candidates.Select(c =>
                    mine.Any(e => ActorWords.Match(c.Text, e.Source) && e.Source is not null) ? (int)ArgumentRole.Source
                    : mine.Any(e => ActorWords.Match(c.Text, e.Target) && e.Target is not null) ? (int)ArgumentRole.Target
                    : (int)ArgumentRole.None).ToArray();
                foreach (var e in mine)
                {
                    foreach (var actor in (string?[])[e.Source, e.Target])
                    {
                        if (actor is not null)
                        {
                            coverage.All++;
                            coverage.Found += group.Candidates.Any(c => ActorWords.Match(c.Text, actor)) ? 1 : 0;
                        }
                    }
                }

                instances.Add(new Instance([.. group.Candidates.Select(c => c.Features)], group.NoneFeatures, labels));
            }
        }

        return instances;
    }
}
