using System.Text;
using System.Text.Json;
using Dateline.Store.Export;
using Parquet;
using Parquet.Serialization;

namespace Dateline.Store.Tests.Export;

/// <summary>The table exports, each read back with a real reader: CsvHelper, Parquet.Net, System.Text.Json.</summary>
public class TableExporterTests
{
    [Fact]
    public void CsvHasABomListsJoinedWithSemicolonsAndIsoDates()
    {
        using var t = ExportedStore.Open();
        var bytes = Export(t, "articles", ExportFormat.Csv);
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);

        var csv = CsvFile.Read(bytes);
        var rows = csv.Rows;
        Assert.Equal(2, rows.Count);
        Assert.Equal("id", csv.Headers[0]);
        Assert.Equal("One, \u201Cquoted\u201D", rows[0]["title"]);
        Assert.Equal("Jane \u201CJJ\u201D Doe;Max Mustermann", rows[0]["authors"]);
        Assert.Equal("2022-03-14", rows[0]["published"]);
        Assert.Equal("2022-03-14T08:30:00.000Z", rows[0]["published_at"]);
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$", rows[0]["ingested_at"]);
        Assert.Equal(string.Empty, rows[1]["authors"]);
        Assert.Equal(string.Empty, rows[1]["published"]);

        var entities = CsvFile.Read(Export(t, "article_entities", ExportFormat.Csv)).Rows;
        var putin = entities.Single(e => e["name"] == "Vladimir Putin");
        Assert.Equal("President", putin["roles"]);
        Assert.Equal("0", putin["mentions_start"]);
        var moscow = entities.Single(e => e["name"] == "Moscow");
        Assert.Equal(2, moscow["mentions_start"].Split(';').Length);
        Assert.Equal("55.75222", moscow["latitude"]);
    }

    [Fact]
    public async Task ParquetHasListDateAndTimestampTypes()
    {
        using var t = ExportedStore.Open();
        var articles = t.Store.ExportTables().Single(x => x.Name == "articles");
        var path = Path.Combine(t.Directory, "articles.parquet");
        using (var file = File.Create(path))
        {
            Assert.Equal(2, TableExporter.Write(articles, ExportFormat.Parquet, file));
        }

        await using (var reader = await ParquetReader.CreateAsync(path))
        {
            var types = reader.Metadata!.Schema.ToDictionary(e => e.Name);
            Assert.NotNull(types["published"].LogicalType?.DATE);
            Assert.NotNull(types["modified"].LogicalType?.DATE);
            Assert.True(types["ingested_at"].LogicalType?.TIMESTAMP?.IsAdjustedToUTC);
            Assert.True(types["published_at"].LogicalType?.TIMESTAMP?.IsAdjustedToUTC);
            Assert.NotNull(types["authors"].LogicalType?.LIST);
            Assert.Equal(articles.Columns.Select(c => c.Name), reader.Schema.Fields.Select(f => f.Name));
        }

        await using var stream = File.OpenRead(path);
        var rows = (await ParquetSerializer.DeserializeUntypedAsync(stream, new ParquetOptions { UseDateOnlyTypeForDates = true })).Data;
        Assert.Equal("a", rows[0]["id"]?.ToString());
        Assert.Equal(new DateOnly(2022, 3, 14), rows[0]["published"]);
        Assert.Equal(new DateTime(2022, 3, 14, 8, 30, 0, DateTimeKind.Utc), ((DateTime)rows[0]["published_at"]!).ToUniversalTime());
        Assert.Equal(["Jane \u201CJJ\u201D Doe", "Max Mustermann"], Strings(rows[0]["authors"]));
        Assert.Empty(Strings(rows[1]["authors"]));
        Assert.Null(rows[1].GetValueOrDefault("published"));

        var entities = t.Store.ExportTables().Single(x => x.Name == "article_entities");
        var entitiesPath = Path.Combine(t.Directory, "article_entities.parquet");
        using (var file = File.Create(entitiesPath))
        {
            TableExporter.Write(entities, ExportFormat.Parquet, file);
        }

        await using var entityStream = File.OpenRead(entitiesPath);
        var entityRows = (await ParquetSerializer.DeserializeUntypedAsync(entityStream)).Data;
        var moscow = entityRows.Single(r => r["name"]?.ToString() == "Moscow");
        var starts = ((System.Collections.IEnumerable)moscow["mentions_start"]!).Cast<object>().Select(Convert.ToInt64).ToList();
        Assert.Equal([ExportedStore.Text.IndexOf("Moscow", StringComparison.Ordinal), ExportedStore.Text.LastIndexOf("Moscow", StringComparison.Ordinal)], starts);
        Assert.Equal(["President"], Strings(entityRows.Single(r => r["name"]?.ToString() == "Vladimir Putin")["roles"]));
    }

    [Fact]
    public void JsonlWritesListsAsArraysAndOneObjectPerRow()
    {
        using var t = ExportedStore.Open();
        var lines = Encoding.UTF8.GetString(Export(t, "articles", ExportFormat.Jsonl)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        var first = JsonDocument.Parse(lines[0]).RootElement;
        Assert.Equal(JsonValueKind.Array, first.GetProperty("authors").ValueKind);
        Assert.Equal("Max Mustermann", first.GetProperty("authors")[1].GetString());
        Assert.Equal("2022-03-14", first.GetProperty("published").GetString());
        Assert.Equal(0, JsonDocument.Parse(lines[1]).RootElement.GetProperty("authors").GetArrayLength());

        var mentions = Encoding.UTF8.GetString(Export(t, "mentions", ExportFormat.Jsonl)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var mention = JsonDocument.Parse(mentions[0]).RootElement;
        Assert.Equal("a", mention.GetProperty("article").GetString());
        Assert.Equal("Vladimir Putin", mention.GetProperty("text").GetString());
    }

    [Fact]
    public void CsvQuotesFieldsAsRfc4180Says()
    {
        using var t = ExportedStore.Open();
        var text = Encoding.UTF8.GetString(Export(t, "quotes", ExportFormat.Csv)[3..]);
        var lines = text.Split("\r\n");
        Assert.StartsWith("article,position,start,end,text,kind,", lines[0], StringComparison.Ordinal);
        Assert.Contains(",\"\"\"We will not retreat,\"\"\",direct,", lines[1], StringComparison.Ordinal);
    }

    private static byte[] Export(TempStore t, string table, ExportFormat format)
    {
        using var output = new MemoryStream();
        TableExporter.Write(t.Store.ExportTables().Single(x => x.Name == table), format, output);
        return output.ToArray();
    }

    private static List<string> Strings(object? list) => list is System.Collections.IEnumerable items ? [.. items.Cast<object>().Select(i => i.ToString()!)] : [];
}
