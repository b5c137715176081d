using System.CommandLine;
using Dateline.Cli.Export;

namespace Dateline.Cli.Commands;

/// <summary>`dateline export`: the store's articles, each knowledge layer and the failures, one file per table.</summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var db = StoreOptions.Db();
        var format = new Option<string>("--format", "-f") { Description = "jsonl, csv or parquet.", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "csv", "parquet");
        var output = new Option<string>("--out", "-o") { Description = "Directory for the files (created if missing).", DefaultValueFactory = _ => "dateline-export" };
        var command = new Command("export", """
            Export the store as one file per table: articles, entities (collection-wide), article_entities, mentions,
            quotes, times, amounts, relations, related_links and failures. Layer rows name their article by id and
            carry the text they cover. Exit code 0, or 2 when the store cannot be read or the directory written.
            """)
        {
            db, format, output,
        };
        command.SetAction(parse =>
        {
            using var store = StoreOptions.Open(parse.GetValue(db)!, "export", mustExist: true);
            if (store is null)
            {
                return 2;
            }

            var fmt = parse.GetValue(format)!;
            var dir = parse.GetValue(output)!;
            try
            {
                Directory.CreateDirectory(dir);
                foreach (var table in store.ExportTables())
                {
                    var path = Path.Combine(dir, table.Name + TableExporter.Extension(fmt));
                    var partial = path + ".partial";
                    long rows;
                    using (var file = File.Create(partial))
                    {
                        rows = TableExporter.Write(table, fmt, file);
                    }

                    // Renamed only when complete, so a file in the directory is never half written.
                    File.Move(partial, path, overwrite: true);
                    Console.Error.WriteLine($"dateline export: {rows} rows → {path}");
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"dateline export: {e.Message}");
                return 2;
            }

            return 0;
        });
        return command;
    }
}
