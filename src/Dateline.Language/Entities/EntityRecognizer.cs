using Dateline.Core.Layers.Entities;
using Dateline.Core.Model;

namespace Dateline.Language.Entities;

/// <summary>
/// Tags entities in tokenised sentences with a <see cref="NerEnsemble"/> (one model, or several that vote). The
/// place type covers all places; a place that the gazetteer knows as a country, city or region becomes GPE, other
/// places (rivers, regions without government) stay LOC. Thread-safe: per-thread buffers.
/// </summary>
public sealed class EntityRecognizer
{
    private readonly ThreadLocal<FeatureScratch> _scratch = new(() => new FeatureScratch());

    public EntityRecognizer(NerEnsemble models)
    {
        Models = models;
    }

    public EntityRecognizer(NerModel model)
        : this(new NerEnsemble([model]))
    {
    }

    public static EntityRecognizer Default => new(NerModels.Default);

    public NerEnsemble Models { get; }

    /// <summary>Whether <see cref="RecognizeDocument"/> makes the types of repeated names agree.</summary>
    public bool Consistency { get; init; } = true;

    /// <summary>Recognizes the entities of each sentence of one document, with document-level features.</summary>
    public List<List<RecognizedEntity>> RecognizeDocument(IReadOnlyList<string[]> sentences, CancellationToken cancellation = default)
    {
        var document = new DocumentContext(sentences);
        var history = Models.NewHistory();
        var entities = new List<List<RecognizedEntity>>(sentences.Count);
        foreach (var words in sentences)
        {
            cancellation.ThrowIfCancellationRequested();
            entities.Add(Recognize(words, document, history));
        }

        if (Consistency)
        {
            DocumentConsistency.Apply(sentences, entities);
        }

        return entities;
    }

    /// <summary>
    /// Recognizes the entities of one sentence; a history (if any) must see the document's sentences in reading order.
    /// Without a document the sentence is a document of its own: the models learned with document features always on.
    /// </summary>
    public List<RecognizedEntity> Recognize(string[] words, DocumentContext? document = null, PredictionHistory? history = null)
    {
        document ??= new DocumentContext([words]);
        var labels = new int[words.Length];
        var spans = Models.Tag(words, _scratch.Value!, labels, document, history);
        var entities = new List<RecognizedEntity>(spans.Count);
        foreach (var (start, end, type) in spans)
        {
            entities.Add(new RecognizedEntity(start, end, Refine(words, start, end, EntityLabels.Parse(Models.Types[type]))));
        }

        return entities;
    }

    /// <summary>IOB2 tags with CoNLL-2003 types for each sentence of one document.</summary>
    public List<string[]> TagConllDocument(IReadOnlyList<string[]> sentences)
    {
        var entities = RecognizeDocument(sentences);
        return sentences.Select((words, s) => ToConll(words.Length, entities[s])).ToList();
    }

    public string[] TagConll(string[] words, DocumentContext? document = null) => ToConll(words.Length, Recognize(words, document));

    private static string[] ToConll(int length, List<RecognizedEntity> entities)
    {
        var tags = Enumerable.Repeat("O", length).ToArray();
        foreach (var e in entities)
        {
            var type = e.Label.ToConll();
            tags[e.Start] = "B-" + type;
            for (int k = e.Start + 1; k < e.End; k++)
            {
                tags[k] = "I-" + type;
            }
        }

        return tags;
    }

    private EntityLabel Refine(string[] words, int start, int end, EntityLabel type)
    {
        if (type != EntityLabel.Location)
        {
            return type;
        }

        const LexiconCategory governed = LexiconCategory.Country | LexiconCategory.City | LexiconCategory.Region;
        return (Models.Lexicon.Categories(words, start, end) & governed) != 0 ? EntityLabel.Gpe : EntityLabel.Location;
    }
}
