using Dateline.Core.Pipeline;

namespace Dateline.Extraction.Tests;

internal static class Pipelines
{
    public static Pipeline Extraction { get; } = new PipelineBuilder().UseExtraction().Build();
}
