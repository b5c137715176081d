namespace Dateline.Core.Model;

/// <summary>A stand-off annotation: a record that covers a span of the clean text (the document checks it lies inside).</summary>
public interface IAnnotation
{
    TextSpan Span { get; }
}
