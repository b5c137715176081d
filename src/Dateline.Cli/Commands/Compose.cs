using Dateline.Core.Layers;
using Dateline.Core.Pipeline;
using Dateline.Extraction;
using Dateline.Extraction.Html;
using Dateline.Language;
using Dateline.Language.Entities;
using Dateline.Language.Tagging;

namespace Dateline.Cli.Commands;

/// <summary>The pipelines the commands run, composed in one place; the store holds the layers of the full one.</summary>
public static class Compose
{
    /// <summary>Pages → clean articles (`extract`); <paramref name="comments"/> false leaves reader comments out (`--no-comments`).</summary>
    public static PipelineBuilder Extraction(bool comments = true)
        => new PipelineBuilder().UseExtraction(HtmlExtractionOptions.Default with { IncludeComments = comments });

    /// <summary>Pages → articles with every language layer (`annotate`, `ingest`, `serve --allow-process`).</summary>
    public static PipelineBuilder Full(bool comments = true) => Extraction(comments).UseLanguage();

    /// <summary>Texts given as they are → every language layer (`annotate --jsonl`).</summary>
    public static PipelineBuilder GivenText() => new PipelineBuilder().UseGivenText().UseLanguage();

    /// <summary>
    /// A pipeline that also shows every token's part of speech (`annotate --pos`): the language pipeline's working
    /// tagger (the event layer reads it) becomes the one whose layer is in the JSON.
    /// </summary>
    public static PipelineBuilder WithPartsOfSpeech(this PipelineBuilder builder, bool tag)
        => !tag ? builder : builder.Contains<PosTaggerComponent>() ? builder.Replace<PosTaggerComponent>(new PosTaggerComponent()) : builder.Add(new PosTaggerComponent());

    /// <summary>
    /// Says the process runs many documents; call before the first model loads. The large model tables are then copied
    /// into 2 MiB pages, whose faster lookups repay the copy (bench/README.md, "Model tables in large pages"); a run of
    /// one text keeps them where they lie.
    /// </summary>
    public static void ForManyDocuments() => ModelMemory.Pages = ModelPages.Large;

    /// <summary>The layers a store keeps (composing them loads no model).</summary>
    public static LayerSet StoreLayers => Full().Layers;
}
