using AngleSharp.Dom;

namespace Dateline.Extraction.Html;

/// <summary>
/// The nodes a cleaning took out of a parsed page, each with the parent and the place it had, so the page can be put
/// back as it was parsed: the body cascade's later passes read the page again without parsing it again (the re-parse
/// was a tenth of the extraction's CPU, bench/README.md). Undone last removal first, every node returns to the child
/// list it left, at the index it had, so the tree is the parsed one again node for node.
/// </summary>
public sealed class RemovedNodes
{
    private readonly List<(INode Parent, int Index, INode Node)> _removed = [];

    /// <summary>Takes <paramref name="node"/> out of its parent and remembers where it was.</summary>
    public void Remove(INode node)
    {
        if (node.Parent is not { } parent)
        {
            return;
        }

        // Indexed, not sibling links: AngleSharp finds a sibling by searching the parent's list.
        var siblings = parent.ChildNodes;
        var index = 0;
        while (index < siblings.Length && siblings[index] != node)
        {
            index++;
        }

        parent.RemoveChild(node);
        _removed.Add((parent, index, node));
    }

    /// <summary>Puts every removed node back where it was, the last removed first, and forgets them.</summary>
    public void Restore()
    {
        for (var i = _removed.Count - 1; i >= 0; i--)
        {
            var (parent, index, node) = _removed[i];
            var siblings = parent.ChildNodes;
            parent.InsertBefore(node, index < siblings.Length ? siblings[index] : null);
        }

        _removed.Clear();
    }
}
