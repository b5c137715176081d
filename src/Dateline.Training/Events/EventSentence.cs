using Dateline.Core.Model;

namespace Dateline.Training.Events;

/// <summary>A sentence of the event dev set (eval/events), annotated by the language pipeline, with its document and split.</summary>
public sealed record EventSentence(string Id, string Doc, string Split, Document Document)
{
    /// <summary>The cross-validation fold of each document: documents in ordinal order dealt to <paramref name="folds"/> folds in turn.</summary>
    public static Dictionary<string, int> FoldOf(IEnumerable<EventSentence> sentences, int folds)
        => sentences.Select(s => s.Doc).Distinct().Order(StringComparer.Ordinal).Select((d, i) => (d, i % folds)).ToDictionary(p => p.d, p => p.Item2, StringComparer.Ordinal);
}
