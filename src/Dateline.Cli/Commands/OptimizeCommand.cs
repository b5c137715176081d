using System.CommandLine;
using System.Diagnostics;

namespace Dateline.Cli.Commands;

/// <summary>`dateline optimize`: after a bulk ingest, compacts the search index and refreshes ranking statistics.</summary>
public static class OptimizeCommand
{
    public static Command Create()
    {
        var db = StoreOptions.Db();
        var command = new Command("optimize", "After a bulk ingest: compact the search index and refresh what ranking reads (SQLite: one FTS5 segment, common-word counts and each common word's best articles, so one-word searches rank exactly; PostgreSQL: ANALYZE). Takes minutes at a million articles; safe to run again. Exit code: 0, 2 on a usage error, 3 when the store cannot be used.")
        {
            db,
        };
        command.SetAction(parse =>
        {
            var address = parse.GetValue(db)!;
            using var store = StoreOptions.Open(address, "optimize", mustExist: true);
            if (store is null)
            {
                return StoreOptions.Unusable;
            }

            Console.Error.WriteLine($"dateline optimize: {address}: optimizing {store.Stats().Articles} article(s)…");
            var clock = Stopwatch.StartNew();
            store.Optimize();
            Console.Error.WriteLine($"dateline optimize: {address}: done in {clock.Elapsed.TotalSeconds:0.0} s");
            return 0;
        });
        return command;
    }
}
