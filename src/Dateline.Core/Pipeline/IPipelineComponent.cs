using Dateline.Core.Layers;
using Dateline.Core.Model;

namespace Dateline.Core.Pipeline;

/// <summary>
/// One stage of the pipeline. A component reads a document and returns it with what it adds; it holds no mutable
/// state, so one instance serves every thread. It declares what it reads and what it makes (spaCy's requires and
/// assigns): the builder refuses a pipeline where something required comes from no earlier component, and collects
/// the layers the components make into the pipeline's <see cref="Pipeline.Layers"/>.
/// </summary>
public interface IPipelineComponent
{
    /// <summary>Stable name used in errors and in the pipeline's description.</summary>
    string Name { get; }

    /// <summary>What the component needs earlier stages to have produced (checked when the pipeline is built).</summary>
    IReadOnlyList<Capability> Requires { get; }

    /// <summary>What the component produces: parts of the document and the layers it writes.</summary>
    IReadOnlyList<Capability> Assigns { get; }

    /// <summary>Whether the component applies to this document (an HTML extractor skips text dumps).</summary>
    bool AppliesTo(Document document) => true;

    Document Process(Document document, ProcessingContext context);
}
