namespace Dateline.Extraction.Html.Comments;

/// <summary>What a piece of comment markup (Data/comment-markup.txt) says an element is.</summary>
public enum CommentRole
{
    /// <summary>A comment section: comments are only looked for inside one.</summary>
    Section,

    /// <summary>One comment.</summary>
    Item,

    /// <summary>What the commenter wrote.</summary>
    Text,

    /// <summary>The commenter's byline.</summary>
    Author,

    /// <summary>The name itself inside the byline.</summary>
    Name,

    /// <summary>When the comment was written.</summary>
    Date,

    /// <summary>Never comment text (reply links, votes, "says:", the reply form).</summary>
    Skip,

    /// <summary>Hidden by a utility class of a CSS framework: never read.</summary>
    Hidden,
}
