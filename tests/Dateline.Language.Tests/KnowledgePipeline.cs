using Dateline.Core.Model;
using Dateline.Core.Pipeline;
using Dateline.Language.Knowledge;

namespace Dateline.Language.Tests;

/// <summary>Runs the knowledge layers over a spec case's document.</summary>
public static class KnowledgePipeline
{
    private static readonly Pipeline Pipeline = new PipelineBuilder().UseKnowledge().Build();

    public static Document Run(SpecCase c)
    {
        var result = Pipeline.Process(SpecDocuments.Build(c));
        Assert.True(result.Succeeded, result.Error?.Message);
        return result.Document!;
    }

    /// <summary>"\n" in an expected text stands for a line break.</summary>
    public static string Unescape(string s) => s.Replace("\\n", "\n", StringComparison.Ordinal);
}
