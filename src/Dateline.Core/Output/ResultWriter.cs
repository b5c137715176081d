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
    }
}
