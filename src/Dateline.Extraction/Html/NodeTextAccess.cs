using System.Text;
using AngleSharp.Dom;

namespace Dateline.Extraction.Html;

/// <summary>Text walking helpers shared with the metadata and date readers.</summary>
public static class NodeTextAccess
{
    public static IEnumerable<IText> Texts(INode root) => NodeText.Texts(root);

    public static void AppendCollapsed(StringBuilder sb, string data) => NodeText.AppendCollapsed(sb, data);

    public static string Collapsed(INode node, int max = int.MaxValue) => NodeText.Collapsed(node, max);
}
