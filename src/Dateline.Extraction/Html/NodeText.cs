using System.Text;
using AngleSharp.Dom;

namespace Dateline.Extraction.Html;

/// <summary>Text measures over a DOM subtree (whitespace collapsed), walked with an explicit stack.</summary>
internal static class NodeText
{
    /// <summary>Characters of text in the subtree, whitespace not counted.</summary>
    public static int Length(INode node)
    {
        var count = 0;
        var stack = Scratch.Start(node);
        while (Scratch.Next(stack) is { } text)
        {
            foreach (var c in text.Data)
            {
                if (!char.IsWhiteSpace(c))
                {
                    count++;
                }
            }
        }

        return count;
    }

    /// <summary>The text without any white space (texts whose line breaks and spacing differ compare equal).</summary>
    public static string Squeezed(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && c != '\u00A0' && c != '\u200B')
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>The subtree's text with runs of whitespace collapsed to one space, trimmed.</summary>
    public static string Collapsed(INode node, int max = int.MaxValue)
    {
        var sb = new StringBuilder();
        var stack = Scratch.Start(node);
        while (Scratch.Next(stack) is { } text)
        {
            AppendCollapsed(sb, text.Data);
            if (sb.Length >= max)
            {
                stack.Clear(); // holds no page after the call
                break;
            }

            // Text of separate elements never runs together.
            if (sb.Length > 0 && sb[^1] != ' ')
            {
                sb.Append(' ');
            }
        }

        return sb.ToString().Trim();
    }

    public static void AppendCollapsed(StringBuilder sb, string data)
    {
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c) || c == '\u00A0' || c == '\u200B')
            {
                if (sb.Length > 0 && sb[^1] != ' ')
                {
                    sb.Append(' ');
                }
            }
            else
            {
                sb.Append(c);
            }
        }
    }

    public static IEnumerable<IText> Texts(INode root)
    {
        var stack = new Stack<INode>(Scratch.InitialCapacity);
        stack.Push(root);
        while (Scratch.Next(stack) is { } text)
        {
            yield return text;
        }
    }

    /// <summary>
    /// The walk behind the text measures: texts in document order from a stack of nodes still to visit. The measures
    /// that do not yield share one stack per thread (a stack per call, grown from empty, and the iterator were most of
    /// their cost: the stacks' growth alone was 3 % of the bench's extraction time, bench/README.md).
    /// </summary>
    private static class Scratch
    {
        public const int InitialCapacity = 64;

        [ThreadStatic]
        private static Stack<INode>? _shared;

        public static Stack<INode> Start(INode root)
        {
            var stack = _shared ??= new Stack<INode>(InitialCapacity);
            stack.Clear();
            stack.Push(root);
            return stack;
        }

        public static IText? Next(Stack<INode> stack)
        {
            while (stack.Count > 0)
            {
                var node = stack.Pop();
                if (node is IText text)
                {
                    return text;
                }

                // Indexed, not sibling links: AngleSharp finds a sibling by searching the parent's list (quadratic on wide pages).
                var childNodes = node.ChildNodes;
                for (var i = childNodes.Length - 1; i >= 0; i--)
                {
                    var child = childNodes[i];
                    if (child is IText or IElement)
                    {
                        stack.Push(child);
                    }
                }
            }

            return null;
        }
    }
}
