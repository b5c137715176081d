using System.Collections.Immutable;
using Dateline.Core.Layers;
using Dateline.Core.Model;

namespace Dateline.Core.Pipeline;

/// <summary>An immutable, thread-safe sequence of components built by <see cref="PipelineBuilder"/>.</summary>
public sealed class Pipeline
{
    internal Pipeline(ImmutableArray<IPipelineComponent> components, LayerSet layers)
    {
        Components = components;
        Layers = layers;
    }

    public ImmutableArray<IPipelineComponent> Components { get; }

    /// <summary>The layers the components assign: the registry that JSON, the store and the pages iterate.</summary>
    public LayerSet Layers { get; }

    /// <summary>Runs every applicable component; a failure becomes an error result naming the component, never an exception.</summary>
    public DocumentResult Process(RawPage page, CancellationToken cancellation = default)
        => Process(Document.FromRaw(page), cancellation);

    public DocumentResult Process(Document document, CancellationToken cancellation = default)
    {
        var context = new ProcessingContext(cancellation);
        var current = document;
        foreach (var component in Components)
        {
            try
            {
                context.ThrowIfCancelled();
                if (component.AppliesTo(current))
                {
                    current = component.Process(current, context);
                }
            }
            catch (DocumentException e)
            {
                return DocumentResult.Failure(document.Id, document.Source, new DocumentError(e.Kind, e.Message) { Component = component.Name });
            }
            catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
            {
                return DocumentResult.Failure(document.Id, document.Source, new DocumentError(ErrorKinds.Timeout, $"processing stopped in {component.Name}: time limit reached") { Component = component.Name });
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                return DocumentResult.Failure(document.Id, document.Source, new DocumentError(ErrorKinds.ComponentFailure, $"{component.Name} failed: {e.GetType().Name}: {e.Message}") { Component = component.Name });
            }
        }

        return DocumentResult.Success(current);
    }

    public override string ToString() => string.Join(" → ", Components.Select(c => c.Name));
}
