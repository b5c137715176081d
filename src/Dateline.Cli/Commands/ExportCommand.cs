using System.CommandLine;
using Dateline.Store.Export;

namespace Dateline.Cli.Commands;

/// <summary>`dateline export`: the store's articles, entities, each layer and the failures, one file per table.</summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var db = StoreOptions.Db();
        var format = new Option<ExportFormat>("--format", "-f") { Description = "jsonl, csv or parquet (a file per table); gkg (GDELT GKG 2.1-style TSV) or jsonld (schema.org NewsArticle), one row per article.", DefaultValueFactory = _ => ExportFormat.Jsonl };
        var output = new Option<string>("--out", "-o") { Description = "Directory for the files (created if missing).", DefaultValueFactory = _ => "dateline-export" };
        var command = new Command("export", """
            Export the store. jsonl, csv, parquet: one file per table: articles, entities (collection-wide), then one table
            per layer (article_entities, mentions, quotes, times, amounts, relations, paragraphs, related_links,
            removed_blocks …) and failures; layer rows name their article by id and carry the text their spans cover.
            gkg: articles.gkg.tsv, a GDELT GKG 2.1-style row per article; jsonld: articles.jsonld, a schema.org
            NewsArticle per line. Columns and fields: docs/exports.md.
            Exit code 0, 2 on a usage error, 3 when the store cannot be read or the directory written.
            """)
        {
            db, format, output,
        };
        command.SetAction(parse =>
        {
            using var store = StoreOptions.Open(parse.GetValue(db)!, "export", mustExist: true, readsOnly: true);
            if (store is null)
            {
                return StoreOptions.Unusable;
            }

            try
            {
                StoreExporter.Export(store, parse.GetValue(format), parse.GetValue(output)!, (path, rows) => Console.Error.WriteLine($"dateline export: {rows} rows → {path}"));
                return 0;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"dateline export: {e.Message}");
                return StoreOptions.Unusable;
            }
        });
        return command;
    }
}
