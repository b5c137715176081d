using Dateline.Store.Export;
using Parquet;

namespace Dateline.Store.Tests.Export;

public class TableExporterTests
{
    private const string Text = "Vladimir Putin said in Moscow on Monday that at least 20,000 troops would stay, recalling 2014, \"We will not retreat,\" he said.";

    [Fact]
    public async Task ParquetExportReadsBack()
    {
        using var t = new TempStore();
        t.Store.Write([Articles.Record(Articles.Make("a", "One, \"quoted\"", Text, "2022-03-14", "Wire")), Articles.Record(Articles.Make("b", "Two", Text + " More.", null, null))]);
        var articles = t.Store.ExportTables().Single(x => x.Name == "articles");
        var path = Path.Combine(t.Directory, "articles.parquet");
        using (var file = File.Create(path))
        {
            Assert.Equal(2, TableExporter.Write(articles, ExportFormat.Parquet, file));
        }

        await using var reader = await ParquetReader.CreateAsync(path);
        Assert.Equal(articles.Columns.Select(c => c.Name), reader.Schema.DataFields.Select(f => f.Name));
        using var group = reader.OpenRowGroupReader(0);
        Assert.Equal(2, group.RowCount);
        var ids = new string?[2];
        await group.ReadAsync(reader.Schema.DataFields[0], ids.AsMemory());
        Assert.Equal(new[] { "a", "b" }, ids.Select(i => i ?? string.Empty));
        var published = new string?[2];
        await group.ReadAsync(reader.Schema.DataFields.Single(f => f.Name == "published"), published.AsMemory());
        Assert.Equal("2022-03-14", published[0]);
        Assert.Null(published[1]);
    }

    [Fact]
    public void CsvQuotesFieldsAndJsonlWritesOneObjectPerRow()
    {
        using var t = new TempStore();
        t.Store.Write([Articles.Record(Articles.Make("a", "One, \"quoted\"", Text, "2022-03-14", "Wire"))]);
        var articles = t.Store.ExportTables().Single(x => x.Name == "articles");
        using var csv = new MemoryStream();
        TableExporter.Write(articles, ExportFormat.Csv, csv);
        var lines = System.Text.Encoding.UTF8.GetString(csv.ToArray()).Split("\r\n");
        Assert.StartsWith("id,hash,input,url,title,", lines[0], StringComparison.Ordinal);
        Assert.Contains(",\"One, \"\"quoted\"\"\",", lines[1], StringComparison.Ordinal);

        var mentions = t.Store.ExportTables().Single(x => x.Name == "mentions");
        using var jsonl = new MemoryStream();
        Assert.Equal(2, TableExporter.Write(mentions, ExportFormat.Jsonl, jsonl));
        var first = System.Text.Json.JsonDocument.Parse(System.Text.Encoding.UTF8.GetString(jsonl.ToArray()).Split('\n')[0]).RootElement;
        Assert.Equal("a", first.GetProperty("article").GetString());
        Assert.Equal("Vladimir Putin", first.GetProperty("text").GetString());
    }
}
