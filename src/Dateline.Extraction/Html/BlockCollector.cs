using System.Text;
using AngleSharp.Dom;

namespace Dateline.Extraction.Html;

/// <summary>
/// Turns DOM subtrees into text blocks: every block element (and every line break) ends the current block, so words
/// of adjacent blocks never run together; inline whitespace is collapsed. Walks with an explicit stack.
/// </summary>
public static class BlockCollector
{
    public static List<TextBlock> Collect(IEnumerable<IElement> roots)
    {
        var blocks = new List<TextBlock>();
        var state = new State();
        foreach (var root in roots)
        {
            Walk(root, blocks, state);
            state.Flush(blocks);
        }

        return JoinDropCaps(blocks);
    }

    /// <summary>
    /// A drop cap set in its own block ("T" then "urkey, Poland…") belongs to the word it starts: a block of one
    /// letter followed by a block that opens with a lower-case letter is joined to it, without a space.
    /// </summary>
    private static List<TextBlock> JoinDropCaps(List<TextBlock> blocks)
    {
        for (var i = blocks.Count - 2; i >= 0; i--)
        {
            var cap = blocks[i];
            var next = blocks[i + 1];
            if (cap.Text.Length == 1 && char.IsUpper(cap.Text[0]) && next.Text.Length > 0 && char.IsLower(next.Text[0]))
            {
                blocks[i] = next with { Text = cap.Text + next.Text, Chars = next.Chars + 1, LinkChars = next.LinkChars + cap.LinkChars };
                blocks.RemoveAt(i + 1);
            }
        }

        return blocks;
    }

    private static void Walk(IElement root, List<TextBlock> blocks, State state)
    {
        var stack = new Stack<(INode Node, bool Exit)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, exit) = stack.Pop();
            if (node is IText text)
            {
                state.Append(text.Data);
                continue;
            }

            if (node is not IElement element)
            {
                continue;
            }

            var name = element.LocalName;
            if (exit)
            {
                if (name == "a")
                {
                    state.LinkDepth--;
                }

                if (HtmlTags.IsBlock(name))
                {
                    state.Flush(blocks);
                    state.Context.Pop();
                }

                continue;
            }

            if (name == "br" || name == "hr")
            {
                state.Flush(blocks);
                continue;
            }

            if (HtmlTags.IsBlock(name))
            {
                state.Flush(blocks);
                state.Context.Push(name);
            }

            if (name == "a")
            {
                state.LinkDepth++;
            }

            stack.Push((element, true));

            // Indexed, not sibling links: AngleSharp finds a sibling by searching the parent's list (quadratic on wide pages).
            var childNodes = element.ChildNodes;
            for (var i = childNodes.Length - 1; i >= 0; i--)
            {
                var child = childNodes[i];
                if (child is IText or IElement)
                {
                    stack.Push((child, false));
                }
            }
        }
    }

    private sealed class State
    {
        private readonly StringBuilder _text = new();
        private int _linkChars;
        private int _chars;

        public int LinkDepth { get; set; }

        public Stack<string> Context { get; } = new();

        public void Append(string data)
        {
            foreach (var c in data)
            {
                if (char.IsWhiteSpace(c) || c == '\u00A0' || c == '\u200B' || c == '\u00AD')
                {
                    if (c == '\u00AD' || c == '\u200B')
                    {
                        continue;
                    }

                    if (_text.Length > 0 && _text[^1] != ' ')
                    {
                        _text.Append(' ');
                    }
                }
                else
                {
                    _text.Append(c);
                    _chars++;
                    if (LinkDepth > 0)
                    {
                        _linkChars++;
                    }
                }
            }
        }

        public void Flush(List<TextBlock> blocks)
        {
            if (_chars > 0)
            {
                var (kind, level) = Classify();
                blocks.Add(new TextBlock(_text.ToString().Trim(), kind, level, _linkChars, _chars));
            }

            _text.Clear();
            _chars = 0;
            _linkChars = 0;
        }

        private (BlockKind, int) Classify()
        {
            foreach (var name in Context)
            {
                switch (name)
                {
                    case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                        return (BlockKind.Heading, name[1] - '0');
                    case "li" or "dd" or "dt":
                        return (BlockKind.ListItem, 0);
                    case "blockquote":
                        return (BlockKind.Quote, 0);
                    case "pre":
                        return (BlockKind.Preformatted, 0);
                    case "td" or "th":
                        return (BlockKind.Cell, 0);
                    case "p":
                        return (BlockKind.Paragraph, 0);
                }
            }

            return (BlockKind.Other, 0);
        }
    }
}
