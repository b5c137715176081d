namespace Dateline.Core.Layers;

/// <summary>How a mark wraps its text on the article page: a block of its own (a paragraph) or inline.</summary>
public enum MarkShape
{
    Block,
    Inline,
}
