using Dateline.Core.Model;
using Dateline.Core.Pipeline;
using Dateline.Extraction;
using Dateline.Language;
using Dateline.Training.Events;

namespace Dateline.Training.Tests.Events;

/// <summary>Sentences written for a test, each its own train document, annotated by the language pipeline.</summary>
internal static class EventSentences
{
    public static IReadOnlyList<EventSentence> Of(IEnumerable<(string Id, string Text)> texts)
    {
        var pipeline = new PipelineBuilder().UseGivenText().UseLanguage().Build();
        return [.. texts.Select(t => new EventSentence(t.Id, "doc-" + t.Id, "train", pipeline.Process(Document.FromText(t.Id, t.Text)).Document!))];
    }
}
