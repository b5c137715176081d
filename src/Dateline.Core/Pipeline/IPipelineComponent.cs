using Dateline.Core.Model;

namespace Dateline.Core.Pipeline;

/// <summary>
/// One stage of the pipeline. A component reads a document and returns it with what it adds; it holds no mutable
/// state, so one instance serves every thread.
/// </summary>
public interface IPipelineComponent
{
    /// <summary>Stable name used in errors and in the pipeline's description.</summary>
    string Name { get; }

    /// <summary>What the component needs earlier stages to have produced (checked when the pipeline is built).</summary>
    IReadOnlyList<string> Requires { get; }

    /// <summary>What the component produces, by the same names as <see cref="Requires"/>.</summary>
    IReadOnlyList<string> Assigns { get; }

    /// <summary>Whether the component applies to this document (an HTML extractor skips text dumps).</summary>
    bool AppliesTo(Document document) => true;

    Document Process(Document document, ProcessingContext context);
}
