using System.Text.Json;
using CsvHelper;
using Dateline.Store.Export;

namespace Dateline.Store.Tests.Export;

/// <summary>The article-level exports (GKG, JSON-LD) and the table exports through one call, read back as their users read them.</summary>
public class StoreExporterTests
{
    [Fact]
    public void GkgIsOneTabSeparatedRowOfTheCodebooksFieldsPerArticle()
    {
        using var t = ExportedStore.Open();
        var path = ExportOne(t, ExportFormat.Gkg);
        Assert.Equal("articles.gkg.tsv", Path.GetFileName(path));

        // As GKG files are read: tab-separated, no header, no quoting.
        var rows = CsvFile.Read(File.ReadAllBytes(path), '\t', header: false, CsvMode.NoEscape).Records;

        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Equal(27, r.Length));
        var a = rows[0];
        string F(string name) => a[Field(name)];
        var text = ExportedStore.Text;
        Assert.Equal("20220314083000-0", F("GKGRECORDID"));
        Assert.Equal("20220314083000", F("V2.1DATE"));
        Assert.Equal("1", F("V2SOURCECOLLECTIONIDENTIFIER"));
        Assert.Equal("wire.example", F("V2SOURCECOMMONNAME"));
        Assert.Equal("https://www.wire.example/a", F("V2DOCUMENTIDENTIFIER"));
        Assert.Equal("Vladimir Putin", F("V1PERSONS"));
        Assert.Equal("Vladimir Putin,0", F("V2ENHANCEDPERSONS"));
        Assert.Equal(string.Empty, F("V1ORGANIZATIONS"));
        Assert.Equal("4#Moscow, Russia###55.75222#37.61556#", F("V1LOCATIONS"));
        var moscow = text.IndexOf("Moscow", StringComparison.Ordinal);
        Assert.Equal($"4#Moscow, Russia####55.75222#37.61556##{moscow};4#Moscow, Russia####55.75222#37.61556##{text.LastIndexOf("Moscow", StringComparison.Ordinal)}", F("V2ENHANCEDLOCATIONS"));
        Assert.Equal($"1#0#0#2014#{text.IndexOf("2014", StringComparison.Ordinal)}", F("V2.1ENHANCEDDATES"));
        var quote = text.IndexOf('"', StringComparison.Ordinal);
        Assert.Equal($"{quote}|{"\"We will not retreat,\"".Length}|said|We will not retreat", F("V2.1QUOTATIONS"));
        Assert.Equal($"20000,troops,{text.IndexOf("20,000", StringComparison.Ordinal)}", F("V2.1AMOUNTS"));
        Assert.StartsWith("Vladimir Putin,0;Moscow,", F("V2.1ALLNAMES"), StringComparison.Ordinal);
        var extras = System.Xml.Linq.XElement.Parse("<x>" + F("V2EXTRASXML") + "</x>");
        Assert.Equal("One, \u201Cquoted\u201D", extras.Element("PAGE_TITLE")!.Value);
        Assert.Equal("Jane \u201CJJ\u201D Doe; Max Mustermann", extras.Element("PAGE_AUTHORS")!.Value);
        Assert.Equal("20220314083000", extras.Element("PAGE_PRECISEPUBTIMESTAMP")!.Value);
        Assert.Equal("a", extras.Element("DATELINE_ID")!.Value);
        Assert.Equal($"{quote}|Vladimir Putin", extras.Element("DATELINE_QUOTESPEAKERS")!.Value);
        Assert.Equal(string.Empty, F("V1.5TONE"));

        // An article without URL or date: a citation-only record dated when it was ingested, with empty lists.
        var b = rows[1];
        Assert.Equal("2", b[Field("V2SOURCECOLLECTIONIDENTIFIER")]);
        Assert.Equal("/in/b.txt", b[Field("V2DOCUMENTIDENTIFIER")]);
        Assert.Matches(@"^\d{14}$", b[Field("V2.1DATE")]);
        Assert.Equal(b[Field("V2.1DATE")] + "-1", b[Field("GKGRECORDID")]);
        Assert.Equal(string.Empty, b[Field("V1PERSONS")]);
    }

    [Fact]
    public void JsonLdIsOneSchemaOrgNewsArticlePerLine()
    {
        using var t = ExportedStore.Open();
        var path = ExportOne(t, ExportFormat.Jsonld);
        Assert.Equal("articles.jsonld", Path.GetFileName(path));
        var lines = File.ReadAllLines(path);
        Assert.Equal(2, lines.Length);
        var a = JsonDocument.Parse(lines[0]).RootElement;
        Assert.Equal("https://schema.org", a.GetProperty("@context").GetString());
        Assert.Equal("NewsArticle", a.GetProperty("@type").GetString());
        Assert.Equal("https://www.wire.example/a", a.GetProperty("@id").GetString());
        Assert.Equal("One, \u201Cquoted\u201D", a.GetProperty("headline").GetString());
        Assert.Equal("2022-03-14T08:30:00.000Z", a.GetProperty("datePublished").GetString());
        Assert.Equal(["Jane \u201CJJ\u201D Doe", "Max Mustermann"], a.GetProperty("author").EnumerateArray().Select(x => x.GetProperty("name").GetString()));
        Assert.Equal("Person", a.GetProperty("author")[0].GetProperty("@type").GetString());
        Assert.Equal("Wire", a.GetProperty("publisher").GetProperty("name").GetString());
        Assert.Equal("en", a.GetProperty("inLanguage").GetString());

        var mentions = a.GetProperty("mentions").EnumerateArray().ToList();
        Assert.Equal(["Vladimir Putin", "Moscow"], mentions.Select(m => m.GetProperty("name").GetString()));
        var moscow = mentions[1];
        Assert.Equal("Place", moscow.GetProperty("@type").GetString());
        Assert.Equal(55.75222, moscow.GetProperty("geo").GetProperty("latitude").GetDouble());
        Assert.Equal("Russia", moscow.GetProperty("containedInPlace").GetProperty("name").GetString());
        Assert.StartsWith("urn:dateline:entity:", moscow.GetProperty("@id").GetString(), StringComparison.Ordinal);
        Assert.Equal(["Moscow"], a.GetProperty("about").EnumerateArray().Select(m => m.GetProperty("name").GetString()));

        var citation = a.GetProperty("citation").EnumerateArray().Single();
        Assert.Equal("Quotation", citation.GetProperty("@type").GetString());
        Assert.Equal("\"We will not retreat,\"", citation.GetProperty("text").GetString());
        Assert.Equal("Vladimir Putin", citation.GetProperty("spokenByCharacter").GetProperty("name").GetString());
        Assert.Equal("Person", citation.GetProperty("spokenByCharacter").GetProperty("@type").GetString());

        var b = JsonDocument.Parse(lines[1]).RootElement;
        Assert.Equal("Two", b.GetProperty("headline").GetString());
        Assert.False(b.TryGetProperty("mentions", out _));
        Assert.False(b.TryGetProperty("datePublished", out _));
    }

    [Fact]
    public void TableFormatsWriteAFilePerTable()
    {
        using var t = ExportedStore.Open();
        var directory = Path.Combine(t.Directory, "out");
        var written = new List<string>();
        StoreExporter.Export(t.Store, ExportFormat.Csv, directory, (path, _) => written.Add(Path.GetFileName(path)));
        Assert.Equal(t.Store.ExportTables().Select(x => x.Name + ".csv"), written);
        Assert.Empty(Directory.GetFiles(directory, "*.partial"));
    }

    [Fact]
    public async Task EventRowsAreOneFlatRowPerEventInEveryTableFormat()
    {
        using var t = new TempStore();
        var document = Articles.Make("e", "Putin and the Kremlin", "Vladimir Putin told the Kremlin staff in Moscow, \"we stay\", on Monday.", "2022-03-14", "Wire");
        document = document.WithLayer<Dateline.Core.Layers.Entities.Entity>([.. document.Entities.Select(e => e.Name == "Moscow" ? e with { Latitude = 55.75222, Longitude = 37.61556 } : e)]);
        t.Store.Write([Articles.Record(document)]);
        var directory = Path.Combine(t.Directory, "out");
        foreach (var format in new[] { ExportFormat.Csv, ExportFormat.Jsonl, ExportFormat.Parquet })
        {
            StoreExporter.Export(t.Store, format, directory);
        }

        var csv = CsvFile.Read(File.ReadAllBytes(Path.Combine(directory, "event_rows.csv")), ',', header: true);
        var row = Assert.Single(csv.Rows);
        string F(string name) => row[name];
        Assert.Equal(("2022-03-14", "Vladimir Putin", "PERSON", "CONSULT", "Kremlin", "ORG"), (F("date"), F("source_name"), F("source_type"), F("event_type"), F("target_name"), F("target_type")));
        Assert.Equal(("asserted", "Moscow", "55.75222", "37.61556", "e", "https://Wire/e", "told"), (F("mode"), F("place_name"), F("latitude"), F("longitude"), F("article"), F("url"), F("trigger")));
        Assert.Equal("Vladimir Putin told the Kremlin staff in Moscow, \"we stay\", on Monday.", F("sentence"));

        var json = JsonDocument.Parse(File.ReadLines(Path.Combine(directory, "event_rows.jsonl")).Single()).RootElement;
        Assert.Equal(55.75222, json.GetProperty("latitude").GetDouble());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("claimed_by").ValueKind);

        await using var parquet = File.OpenRead(Path.Combine(directory, "event_rows.parquet"));
        var rows = (await Parquet.Serialization.ParquetSerializer.DeserializeUntypedAsync(parquet, new Parquet.ParquetOptions { UseDateOnlyTypeForDates = true })).Data;
        Assert.Equal(new DateOnly(2022, 3, 14), Assert.Single(rows)["date"]);
        Assert.Equal(t.Store.Find("e")!.EntityKeys["e1"], rows[0]["source_entity"]);
    }

    private static int Field(string name)
    {
        var names = new[]
        {
            "GKGRECORDID", "V2.1DATE", "V2SOURCECOLLECTIONIDENTIFIER", "V2SOURCECOMMONNAME", "V2DOCUMENTIDENTIFIER", "V1COUNTS", "V2.1COUNTS", "V1THEMES", "V2ENHANCEDTHEMES",
            "V1LOCATIONS", "V2ENHANCEDLOCATIONS", "V1PERSONS", "V2ENHANCEDPERSONS", "V1ORGANIZATIONS", "V2ENHANCEDORGANIZATIONS", "V1.5TONE", "V2.1ENHANCEDDATES", "V2GCAM",
            "V2.1SHARINGIMAGE", "V2.1RELATEDIMAGES", "V2.1SOCIALIMAGEEMBEDS", "V2.1SOCIALVIDEOEMBEDS", "V2.1QUOTATIONS", "V2.1ALLNAMES", "V2.1AMOUNTS", "V2.1TRANSLATIONINFO", "V2EXTRASXML",
        };
        return Array.IndexOf(names, name);
    }

    private static string ExportOne(TempStore t, ExportFormat format)
    {
        var directory = Path.Combine(t.Directory, "out");
        string? written = null;
        StoreExporter.Export(t.Store, format, directory, (path, rows) =>
        {
            Assert.Equal(2, rows);
            written = path;
        });
        return written!;
    }
}
