using Dateline.Core.Layers.Entities;

namespace Dateline.Language.Entities;

/// <summary>An entity found in a sentence: words [Start, End) by index, with its Dateline label.</summary>
public readonly record struct RecognizedEntity(int Start, int End, EntityLabel Label);
