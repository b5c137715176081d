using Dateline.Core.Pipeline;
using Dateline.Extraction.Input;

namespace Dateline.Cli.Commands;

/// <summary>Runs a pipeline over inputs in parallel, yielding results in input order, with a time limit per document.</summary>
public sealed class DocumentProcessor(Pipeline pipeline, TimeSpan perDocumentLimit, int parallelism)
{
    public IEnumerable<DocumentResult> Run(IEnumerable<InputItem> inputs)
        => inputs
            .AsParallel()
            .AsOrdered()
            .WithDegreeOfParallelism(Math.Max(1, parallelism))
            .Select(ProcessOne);

    public DocumentResult ProcessOne(InputItem item)
    {
        if (item.Page is null)
        {
            return DocumentResult.Failure(item.Id, item.Source, item.Error!);
        }

        using var limit = new CancellationTokenSource(perDocumentLimit);
        return pipeline.Process(item.Page, limit.Token);
    }
}
