using Dateline.Core.Layers;
using Dateline.Core.Model;
using Dateline.Core.Pipeline;

namespace Dateline.Core.Tests.Pipeline;

public class PipelineBuilderTests
{
    private static readonly RawPage Page = new("x", "x", ReadOnlyMemory<byte>.Empty);

    [Fact]
    public void ComponentsRunInOrderAndAddLayers()
    {
        var pipeline = new PipelineBuilder().Add(new TextSetter("a b")).Add(new WordSplitter()).Build();
        var result = pipeline.Process(Page);
        Assert.True(result.Succeeded);
        Assert.Equal(["a", "b"], result.Document.Layer<Word>().Select(w => result.Document.TextOf(w.Span)));
    }

    [Fact]
    public void TheLayersOfTheComponentsAreThePipelinesRegistry()
    {
        var builder = new PipelineBuilder().Add(new TextSetter("a")).Add(new WordSplitter());
        Assert.Equal(["words"], builder.Layers.Select(l => l.Name));
        Assert.Same(WordsLayer.Instance, builder.Build().Layers.Single());
        Assert.Empty(new PipelineBuilder().Add(new TextSetter("a")).Layers);
    }

    [Fact]
    public void MissingRequirementFailsAtBuildNamingTheComponentAndWhatIsMissing()
    {
        var e = Assert.Throws<InvalidOperationException>(() => new PipelineBuilder().Add(new WordSplitter()).Build());
        Assert.Contains("words-test", e.Message, StringComparison.Ordinal);
        Assert.Contains("requires text", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ARequirementMetOnlyLaterInThePipelineIsMissing()
    {
        var e = Assert.Throws<InvalidOperationException>(() => new PipelineBuilder().Add(new WordSplitter()).Add(new TextSetter("a")).Build());
        Assert.Contains("words-test", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InsertBeforeAndReplacePlaceByType()
    {
        var builder = new PipelineBuilder().Add(new WordSplitter());
        builder.InsertBefore<WordSplitter>(new TextSetter("x y z"));
        Assert.IsType<TextSetter>(builder.Components[0]);
        builder.Replace<TextSetter>(new TextSetter("p q"));
        var result = builder.Build().Process(Page);
        Assert.Equal(2, result.Document!.Layer<Word>().Length);
    }

    [Fact]
    public void AFailingComponentGivesAnErrorResultNotAnException()
    {
        var pipeline = new PipelineBuilder().Add(new TextSetter("a")).Add(new Throwing()).Build();
        var result = pipeline.Process(new RawPage("doc-7", "src", ReadOnlyMemory<byte>.Empty));
        Assert.False(result.Succeeded);
        Assert.Equal("doc-7", result.Id);
        Assert.Equal(ErrorKinds.ComponentFailure, result.Error.Kind);
        Assert.Equal("throwing", result.Error.Component);
    }

    [Fact]
    public void CancellationBecomesATimeout()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var result = new PipelineBuilder().Add(new TextSetter("a")).Build().Process(new RawPage("d", "s", ReadOnlyMemory<byte>.Empty), cts.Token);
        Assert.Equal(ErrorKinds.Timeout, result.Error!.Kind);
    }

    private sealed class Throwing : IPipelineComponent
    {
        public string Name => "throwing";

        public IReadOnlyList<Capability> Requires => [];

        public IReadOnlyList<Capability> Assigns => [];

        public Document Process(Document document, ProcessingContext context) => throw new InvalidOperationException("boom");
    }
}
