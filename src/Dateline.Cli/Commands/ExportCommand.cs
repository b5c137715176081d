using System.CommandLine;
using Dateline.Store.Export;

namespace Dateline.Cli.Commands;

/// <summary>`dateline export`: the store's articles, entities, each layer and the failures, one file per table.</summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var db = StoreOptions.Db();
        var format = new Option<ExportFormat>("--format", "-f") { Description = "jsonl, csv or parquet.", DefaultValueFactory = _ => ExportFormat.Jsonl };
        var output = new Option<string>("--out", "-o") { Description = "Directory for the files (created if missing).", DefaultValueFactory = _ => "dateline-export" };
        var command = new Command("export", """
            Export the store as one file per table: articles, entities (collection-wide), then one table per layer
            (article_entities, mentions, quotes, times, amounts, relations, paragraphs, related_links, removed_blocks …)
            and failures. Layer rows name their article by id and carry the text their spans cover.
            Exit code 0, 2 on a usage error, 3 when the store cannot be read or the directory written.
            """)
        {
            db, format, output,
        };
        command.SetAction(parse =>
        {
            using var store = StoreOptions.Open(parse.GetValue(db)!, "export", mustExist: true);
            if (store is null)
            {
                return StoreOptions.Unusable;
            }

            try
            {
                TableExporter.WriteAll(store.ExportTables(), parse.GetValue(format), parse.GetValue(output)!, (path, rows) => Console.Error.WriteLine($"dateline export: {rows} rows → {path}"));
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
