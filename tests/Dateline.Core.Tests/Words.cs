using System.Collections.Immutable;
using System.Text.Json;
using Dateline.Core.Layers;
using Dateline.Core.Model;
using Dateline.Core.Pipeline;

namespace Dateline.Core.Tests;

/// <summary>A word of the text: a test layer, so Core's tests need no language project.</summary>
public sealed record Word(TextSpan Span) : IAnnotation;

/// <summary>The layer of <see cref="Word"/>s: JSON {start, end}, stored as a span, shown as a mark.</summary>
public sealed class WordsLayer : Layer<Word>
{
    private WordsLayer()
        : base("words")
    {
    }

    public static WordsLayer Instance { get; } = new();

    public override StoredTable Table { get; } = new("words", StoredColumn.OwnSpan);

    protected override void WriteRecord(Utf8JsonWriter writer, Word record, ArticleJsonContext context)
        => Output.JsonFields.WriteSpanFields(writer, context.Document, record.Span);

    protected override Word ReadRecord(JsonElement json, Document document) => new(Output.JsonFields.ReadSpan(json));

    protected override object?[] ToRow(Word record, Document document) => [record.Span];

    protected override Word FromRow(StoredRow row, Document document) => new(row.RequiredSpan(0));

    protected override InlineMark Mark(Word record, Document document) => new(record.Span, "word");
}

/// <summary>Sets a fixed text.</summary>
public sealed class TextSetter(string text) : IPipelineComponent
{
    public string Name => "text-test";

    public IReadOnlyList<Capability> Requires => [];

    public IReadOnlyList<Capability> Assigns => [Capability.Text];

    public Document Process(Document document, ProcessingContext context) => document.WithText(text);
}

/// <summary>Splits the text on spaces into the words layer.</summary>
public sealed class WordSplitter : IPipelineComponent
{
    public string Name => "words-test";

    public IReadOnlyList<Capability> Requires => [Capability.Text];

    public IReadOnlyList<Capability> Assigns => [WordsLayer.Instance];

    public Document Process(Document document, ProcessingContext context)
    {
        var words = ImmutableArray.CreateBuilder<Word>();
        var start = 0;
        for (var i = 0; i <= document.Text.Length; i++)
        {
            context.ThrowIfCancelled();
            if (i == document.Text.Length || document.Text[i] == ' ')
            {
                if (i > start)
                {
                    words.Add(new Word(new TextSpan(start, i)));
                }

                start = i + 1;
            }
        }

        return document.WithLayer(words.ToImmutable());
    }
}
