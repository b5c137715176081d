namespace Dateline.Core.Pipeline;

/// <summary>Thrown by a component when a document cannot be processed; the pipeline turns it into a <see cref="DocumentError"/>.</summary>
public sealed class DocumentException : Exception
{
    public DocumentException(string kind, string message)
        : base(message)
    {
        Kind = kind;
    }

    public DocumentException(string kind, string message, Exception inner)
        : base(message, inner)
    {
        Kind = kind;
    }

    public string Kind { get; }
}
