using System.Text.Json;
using Dateline.Core.Pipeline;

namespace Dateline.Core.Output;

/// <summary>Prints results in the chosen format, errors included, and counts them.</summary>
public sealed class ResultWriter(Stream output, OutputFormat format, ArticleJsonWriter json) : IDisposable
{
    private readonly StreamWriter _text = new(output, new System.Text.UTF8Encoding(false)) { AutoFlush = false };
    private bool _first = true;

    public int Succeeded { get; private set; }

    public int Failed { get; private set; }

    public void Begin()
    {
        if (format == OutputFormat.Json)
        {
            _text.Write("[\n");
        }
    }

    public void Write(DocumentResult result)
    {
        if (result.Succeeded)
        {
            Succeeded++;
        }
        else
        {
            Failed++;
        }

        switch (format)
        {
            case OutputFormat.Text:
                WriteText(result);
                break;
            default:
                if (format == OutputFormat.Json && !_first)
                {
                    _text.Write(",\n");
                }

                _text.Flush();
                using (var writer = new Utf8JsonWriter(output, format == OutputFormat.Json ? ArticleJsonWriter.IndentedOptions : ArticleJsonWriter.CompactOptions))
                {
                    json.Write(writer, result);
                }

                output.Flush();
                if (format == OutputFormat.Jsonl)
                {
                    _text.Write('\n');
                }

                break;
        }

        _first = false;
    }

    public void End()
    {
        if (format == OutputFormat.Json)
        {
            _text.Write("\n]\n");
        }

        _text.Flush();
    }

    public void Dispose() => _text.Flush();

    private void WriteText(DocumentResult result)
    {
        _text.Write("=== ");
        _text.Write(result.Id);
        _text.Write(" (");
        _text.Write(result.Source);
        _text.Write(")\n");
        if (!result.Succeeded)
        {
            _text.Write($"error: {result.Error.Kind}: {result.Error.Message}\n\n");
            return;
        }

        var d = result.Document;
        var m = d.Metadata;
        _text.Write($"title: {m.Title}\npublished: {m.Published}\nauthors: {string.Join("; ", m.Authors)}\n");
        if (m.Dateline is { } dl)
        {
            _text.Write($"dateline: {dl.Place} / {dl.Agency}\n");
        }

        _text.Write('\n');
        _text.Write(d.Text);
        _text.Write("\n\n");
        WriteLayers(d);
    }

    /// <summary>
    /// The layers in readable form, as the article page shows them: a layer's panel (entities, quotes, related …) as a
    /// list, else its highlights (times, amounts) as the words with what was read from them.
    /// </summary>
    private void WriteLayers(Core.Model.Document d)
    {
        foreach (var layer in json.Layers.InJson)
        {
            if (layer.Panel(d) is { Items.Count: > 0 } panel)
            {
                _text.Write($"{panel.Heading}:\n");
                foreach (var item in panel.Items)
                {
                    _text.Write("  ");
                    _text.Write(string.Concat(item.Parts.Select(p => p.OwnLine && p.Text.Length > 0 ? " — " + p.Text : p.Text)).ReplaceLineEndings(" "));
                    _text.Write('\n');
                }

                _text.Write('\n');
            }
            else if (layer.Marks(d).Where(m => m.Shape == Layers.MarkShape.Inline).ToList() is { Count: > 0 } marks)
            {
                _text.Write($"{layer.Name}:\n");
                foreach (var mark in marks)
                {
                    _text.Write($"  {d.TextOf(mark.Span).ReplaceLineEndings(" ")}{(mark.Title is null ? string.Empty : " [" + mark.Title + "]")}\n");
                }

                _text.Write('\n');
            }
        }
    }
}
