using Dateline.Core.Layers.RemovedBlocks;
using Dateline.Core.Model;

namespace Dateline.Extraction.Html;

/// <summary>The body paragraphs kept from a selection's blocks, and the blocks dropped with their reasons.</summary>
public sealed record FilteredBody(IReadOnlyList<string> Paragraphs, IReadOnlyList<RemovedBlock> Removed)
{
    public int Chars => Paragraphs.Sum(p => p.Length);
}
