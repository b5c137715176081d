namespace Dateline.Core.Pipeline;

/// <summary>Names of what components require and assign, so that a pipeline in the wrong order fails at build time.</summary>
public static class Capabilities
{
    public const string Content = "content";
    public const string Text = "text";
    public const string Paragraphs = "paragraphs";
    public const string Metadata = "metadata";
    public const string Sentences = "sentences";
    public const string Tokens = "tokens";
    public const string Entities = "entities";
    public const string Quotes = "quotes";
    public const string Times = "times";
    public const string Amounts = "amounts";
    public const string Relations = "relations";
}
