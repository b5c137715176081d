namespace Dateline.Core.Layers.Comments;

/// <summary>
/// A reader's comment from the page's comment section, kept apart from the body: who wrote it (as the page names
/// them), when (an ISO date or date-time when the page gives one), and what they wrote (paragraphs joined by a newline).
/// </summary>
public sealed record ReaderComment(string? Author, string? Published, string Text);
