using Dateline.Core.Pipeline;
using Dateline.Extraction;

namespace Dateline.Language.Tests;

/// <summary>The pipelines the language tests run: the real components, composed as the CLI composes them.</summary>
public static class Pipelines
{
    /// <summary>Texts given as they are, then every language layer (`annotate --jsonl`).</summary>
    public static PipelineBuilder UseGivenTextAndLanguage(this PipelineBuilder builder) => builder.UseGivenText().UseLanguage();

    public static Pipeline GivenText { get; } = new PipelineBuilder().UseGivenTextAndLanguage().Build();

    public static Pipeline Pages { get; } = new PipelineBuilder().UseExtraction().UseLanguage().Build();
}
