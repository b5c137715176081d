using System.Collections.Immutable;
using Dateline.Core.Model;
using Dateline.Core.Pipeline;

namespace Dateline.Core.Tests;

public class PipelineBuilderTests
{
    [Fact]
    public void ComponentsRunInOrderAndAddLayers()
    {
        var pipeline = new PipelineBuilder().Add(new TextSetter("a b")).Add(new WordTokens()).Build();
        var result = pipeline.Process(new RawPage("x", "x", ReadOnlyMemory<byte>.Empty));
        Assert.True(result.Succeeded);
        Assert.Equal(2, result.Document.Layer<Token>().Length);
    }

    [Fact]
    public void MissingRequirementFailsAtBuildNamingTheComponent()
    {
        var e = Assert.Throws<InvalidOperationException>(() => new PipelineBuilder().Add(new WordTokens()).Build());
        Assert.Contains("tokens-test", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InsertBeforeAndReplacePlaceByType()
    {
        var builder = new PipelineBuilder().Add(new WordTokens());
        builder.InsertBefore<WordTokens>(new TextSetter("x y z"));
        Assert.IsType<TextSetter>(builder.Components[0]);
        builder.Replace<TextSetter>(new TextSetter("p q"));
        var result = builder.Build().Process(new RawPage("x", "x", ReadOnlyMemory<byte>.Empty));
        Assert.Equal(2, result.Document!.Layer<Token>().Length);
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

    private sealed class TextSetter(string text) : IPipelineComponent
    {
        public string Name => "text-test";

        public IReadOnlyList<string> Requires => [];

        public IReadOnlyList<string> Assigns => [Capabilities.Text];

        public Document Process(Document document, ProcessingContext context) => document.WithText(text);
    }

    private sealed class WordTokens : IPipelineComponent
    {
        public string Name => "tokens-test";

        public IReadOnlyList<string> Requires => [Capabilities.Text];

        public IReadOnlyList<string> Assigns => [Capabilities.Tokens];

        public Document Process(Document document, ProcessingContext context)
        {
            var tokens = ImmutableArray.CreateBuilder<Token>();
            var start = 0;
            for (var i = 0; i <= document.Text.Length; i++)
            {
                if (i == document.Text.Length || document.Text[i] == ' ')
                {
                    if (i > start)
                    {
                        tokens.Add(new Token(new TextSpan(start, i)));
                    }

                    start = i + 1;
                }
            }

            return document.WithLayer(tokens.ToImmutable());
        }
    }

    private sealed class Throwing : IPipelineComponent
    {
        public string Name => "throwing";

        public IReadOnlyList<string> Requires => [];

        public IReadOnlyList<string> Assigns => [];

        public Document Process(Document document, ProcessingContext context) => throw new InvalidOperationException("boom");
    }
}
