using Dateline.Core.Model;

namespace Dateline.Training.Events;

/// <summary>A sentence of the event dev set (eval/events), annotated by the language pipeline, with its document and split.</summary>
public sealed record EventSentence(string Id, string Doc, string Split, Document Document);
