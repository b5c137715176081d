using Dateline.Language.Entities;

namespace Dateline.Training.Entities;

/// <summary>Scores a model on tagged sentences (exact spans and types), for progress lines during training.</summary>
public static class NerEvaluation
{
    public static NerScore Score(NerModel model, IReadOnlyList<TaggedSentence> sentences)
    {
        int gold = 0, predicted = 0, correct = 0;
        var scratch = new FeatureScratch();
        var documents = Documents(sentences);
        PredictionHistory? history = null;
        for (int s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            if (s == 0 || !ReferenceEquals(documents[s], documents[s - 1]))
            {
                history = model.NewHistory();
            }

            var labels = new int[sentence.Words.Length];
            model.Tag(sentence.Words, scratch, labels, documents[s], history);
            var goldSpans = model.Scheme.Spans(model.Scheme.Encode(sentence.Tags, model.Types)).ToHashSet();
            var predictedSpans = model.Scheme.Spans(labels);
            gold += goldSpans.Count;
            predicted += predictedSpans.Count;
            correct += predictedSpans.Count(goldSpans.Contains);
        }

        return new NerScore(gold, predicted, correct);
    }

    /// <summary>The document context of each sentence: sentences from one StartsDocument to the next form a document.</summary>
    public static DocumentContext[] Documents(IReadOnlyList<TaggedSentence> sentences)
    {
        var result = new DocumentContext[sentences.Count];
        int start = 0;
        for (int s = 1; s <= sentences.Count; s++)
        {
            if (s == sentences.Count || sentences[s].StartsDocument)
            {
                var context = new DocumentContext(Enumerable.Range(start, s - start).Select(k => sentences[k].Words).ToList());
                for (int k = start; k < s; k++)
                {
                    result[k] = context;
                }

                start = s;
            }
        }

        return result;
    }
}
