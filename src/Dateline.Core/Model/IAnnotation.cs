namespace Dateline.Core.Model;

/// <summary>A stand-off annotation: anything that covers a span of the clean text.</summary>
public interface IAnnotation
{
    TextSpan Span { get; }
}
