using Dateline.Core.Model;

namespace Dateline.Language.Entities;

/// <summary>
/// Tags entities in tokenised sentences with a <see cref="NerModel"/>. The model's place type covers all places;
/// a place that the gazetteer knows as a country, city or region becomes GPE, other places (rivers, regions
/// without government) stay LOC. Thread-safe: per-thread buffers.
/// </summary>
public sealed class EntityRecognizer
{
    private readonly ThreadLocal<FeatureScratch> _scratch = new(() => new FeatureScratch());

    public EntityRecognizer(NerModel model)
    {
        Model = model;
    }

    public static EntityRecognizer Default => new(NerModels.Default);

    public NerModel Model { get; }

    /// <summary>Whether <see cref="RecognizeDocument"/> makes the types of repeated names agree.</summary>
    public bool Consistency { get; init; } = true;

    /// <summary>Recognizes the entities of each sentence of one document, with document-level features.</summary>
    public List<List<RecognizedEntity>> RecognizeDocument(IReadOnlyList<string[]> sentences)
    {
        var document = new DocumentContext(sentences);
        var entities = sentences.Select(words => Recognize(words, document)).ToList();
        if (Consistency)
        {
            DocumentConsistency.Apply(sentences, entities);
        }

        return entities;
    }

    public List<RecognizedEntity> Recognize(string[] words, DocumentContext? document = null)
    {
        var labels = new int[words.Length];
        Model.Tag(words, _scratch.Value!, labels, document);
        var entities = new List<RecognizedEntity>();
        for (int i = 0; i < labels.Length; i++)
        {
            if (labels[i] == 0 || labels[i] % 2 == 0)
            {
                continue;
            }

            int end = i + 1;
            while (end < labels.Length && labels[end] == labels[i] + 1)
            {
                end++;
            }

            var type = Model.Types[(labels[i] - 1) / 2];
            entities.Add(new RecognizedEntity(i, end, Refine(words, i, end, type)));
            i = end - 1;
        }

        return entities;
    }

    /// <summary>IOB2 tags with CoNLL-2003 types (PER, ORG, LOC, MISC), for conlleval.</summary>
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
            var type = EntityLabels.ToConll(e.Label);
            tags[e.Start] = "B-" + type;
            for (int k = e.Start + 1; k < e.End; k++)
            {
                tags[k] = "I-" + type;
            }
        }

        return tags;
    }

    private string Refine(string[] words, int start, int end, string type)
    {
        if (type != EntityLabels.Location)
        {
            return type;
        }

        const LexiconCategory governed = LexiconCategory.Country | LexiconCategory.City | LexiconCategory.Region;
        return (Model.Lexicon.Categories(words, start, end) & governed) != 0 ? EntityLabels.Gpe : EntityLabels.Location;
    }
}
