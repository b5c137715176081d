namespace Dateline.Training.Events;

/// <summary>
/// How the event trainers cut the train split to predict sentences a model did not see (docs/events.md, "Training on
/// some batches, judging on others"): <see cref="ByDocument"/> deals documents to k folds and predicts every sentence
/// (cross-validation); <see cref="HoldOut"/> trains once on the sentences outside a set of batches (by id prefix) and
/// predicts only those batches' sentences, so a model written from earlier batches is judged on later, blind ones.
/// </summary>
public sealed class EventFolds
{
    private readonly Func<EventSentence, int> _foldOf;

    private EventFolds(Func<EventSentence, int> foldOf, int count, IReadOnlyList<int> predicted, string description)
    {
        _foldOf = foldOf;
        Count = count;
        Predicted = predicted;
        Description = description;
    }

    /// <summary>How many folds there are.</summary>
    public int Count { get; }

    /// <summary>The folds whose sentences are predicted, each by a model trained on the other folds.</summary>
    public IReadOnlyList<int> Predicted { get; }

    /// <summary>What the cut is, for logs and model headers.</summary>
    public string Description { get; }

    public int FoldOf(EventSentence sentence) => _foldOf(sentence);

    /// <summary>Whether <paramref name="sentence"/> is predicted (every sentence in cross-validation; the held-out batches' otherwise).</summary>
    public bool IsPredicted(EventSentence sentence) => Predicted.Contains(_foldOf(sentence));

    /// <summary>Cross-validation: documents in ordinal order dealt to <paramref name="folds"/> folds in turn (<see cref="EventSentence.FoldOf"/>); every sentence predicted.</summary>
    public static EventFolds ByDocument(IReadOnlyList<EventSentence> sentences, int folds)
    {
        var foldOf = EventSentence.FoldOf(sentences, folds);
        return new EventFolds(s => foldOf[s.Doc], folds, [.. Enumerable.Range(0, folds)], $"{folds}-fold cross-validation by document");
    }

    /// <summary>
    /// One held-out part: the sentences whose id starts with one of <paramref name="prefixes"/> (fold 0, predicted) and
    /// the rest (fold 1, trained on). Batch f's ids are y…, g's z…, h's h… (eval/events/sample.py).
    /// </summary>
    public static EventFolds HoldOut(IReadOnlyCollection<string> prefixes)
    {
        if (prefixes.Count == 0 || prefixes.Any(p => p.Length == 0))
        {
            throw new ArgumentException("a held-out part needs at least one non-empty id prefix", nameof(prefixes));
        }

        string[] list = [.. prefixes];
        return new EventFolds(s => list.Any(p => s.Id.StartsWith(p, StringComparison.Ordinal)) ? 0 : 1, 2, [0], $"held out: ids {string.Join(", ", list.Select(p => p + "…"))}");
    }

    /// <summary>The sentences a model of the whole cut trains on: those of no predicted fold when some are held out, else all.</summary>
    public IEnumerable<EventSentence> Training(IEnumerable<EventSentence> sentences)
        => Predicted.Count == Count ? sentences : sentences.Where(s => !IsPredicted(s));
}
