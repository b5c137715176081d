using System.CommandLine;
using System.Globalization;
using Dateline.Store;
using Dateline.Web;

namespace Dateline.Cli.Commands;

/// <summary>`dateline serve`: the HTTP API and web UI over a store, on loopback unless told otherwise.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var db = StoreOptions.Db();
        var port = new Option<int>("--port", "-p") { Description = "Port on 127.0.0.1 (1 to 65535).", DefaultValueFactory = _ => 5088 }.InRange(1, 65_535);
        var urls = new Option<string?>("--urls") { Description = "Listen addresses instead of 127.0.0.1:PORT, separated by ';' (e.g. http://0.0.0.0:8080 to serve the network: think twice)." };
        var allowProcess = new Option<bool>("--allow-process") { Description = "Enable POST /api/process and the paste-a-page box (runs the pipeline on request; nothing is stored)." };
        var allowCuration = new Option<bool>("--allow-curation") { Description = "Enable POST /api/entities/{id}/merge|split|rename (a curator's corrections, recorded in the store)." };
        var command = new Command("serve", """
            Serve the store: a web UI (search, articles, entities, quotes) at http://127.0.0.1:PORT/ and an HTTP API under
            /api (OpenAPI at /openapi/v1.json, browsable at /api/docs). Read-only unless --allow-process or --allow-curation.
            Exit code: 0 when stopped, 2 on a usage error, 3 when the store cannot be used or the address not listened on.
            """)
        {
            db, port, urls, allowProcess, allowCuration,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(db)!;
            if (StoreOptions.IsMissing(path))
            {
                Console.Error.WriteLine($"dateline serve: {path}: no such store (run `dateline ingest PATH... --db {path}` first)");
                return StoreOptions.Unusable;
            }

            var portValue = parse.GetValue(port);
            var listen = parse.GetValue(urls) is { Length: > 0 } u
                ? u.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                : [$"http://127.0.0.1:{portValue.ToString(CultureInfo.InvariantCulture)}"];
            Compose.ForManyDocuments();

            // A long-running server: SQLite's freed memory is kept for the next search, not trimmed and faulted in again.
            Dateline.Store.Sqlite.NativeHeap.KeepFreedMemory();
            var full = Compose.Full();
            var options = new WebOptions(path, full.Layers) { Urls = listen, ProcessPipeline = parse.GetValue(allowProcess) ? full.Build() : null, AllowCuration = parse.GetValue(allowCuration) };
            try
            {
                using var app = DatelineWebApp.Build(options);
                Console.Error.WriteLine($"dateline serve: {StoreAddress.Describe(path)} on {string.Join(", ", listen)}{(options.AllowProcess ? " (processing allowed)" : string.Empty)}; Ctrl+C stops");
                app.Run();
                return 0;
            }
            catch (StoreException e)
            {
                Console.Error.WriteLine($"dateline serve: {e.Message}");
                return StoreOptions.Unusable;
            }
            catch (IOException e)
            {
                Console.Error.WriteLine($"dateline serve: cannot listen on {string.Join(", ", listen)}: {e.Message}");
                return StoreOptions.Unusable;
            }
        });
        return command;
    }
}
