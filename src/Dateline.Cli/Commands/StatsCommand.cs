using System.CommandLine;
using System.Text.Json;
using Dateline.Core.Output;
using Dateline.Store;

namespace Dateline.Cli.Commands;

/// <summary>`dateline stats`: counts of articles, failures, near-duplicates and entities, by source, month and entity type.</summary>
public static class StatsCommand
{
    public static Command Create()
    {
        var db = StoreOptions.Db();
        var format = new Option<string>("--format", "-f") { Description = "text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("stats", "Print what the store holds: articles, failures, duplicates, entities, and counts by source, month, entity type and failure kind. Exit code: 0, 2 on a usage error, 3 when the store cannot be used.")
        {
            db, format,
        };
        command.SetAction(parse =>
        {
            using var store = StoreOptions.Open(parse.GetValue(db)!, "stats", mustExist: true, readsOnly: true);
            if (store is null)
            {
                return StoreOptions.Unusable;
            }

            var stats = store.Stats();
            using var stdout = Console.OpenStandardOutput();
            if (parse.GetValue(format) == "json")
            {
                using (var w = new Utf8JsonWriter(stdout, ArticleJsonWriter.IndentedOptions))
                {
                    w.WriteStartObject();
                    w.WriteNumber("articles", stats.Articles);
                    w.WriteNumber("failures", stats.Failures);
                    w.WriteNumber("duplicates", stats.Duplicates);
                    w.WriteNumber("entities", stats.Entities);
                    Groups(w, "bySource", stats.BySource);
                    Groups(w, "byMonth", stats.ByMonth);
                    Groups(w, "byEntityType", stats.ByEntityType);
                    Groups(w, "failuresByKind", stats.FailuresByKind);
                    w.WriteEndObject();
                }

                stdout.WriteByte((byte)'\n');
                return 0;
            }

            using var text = new StreamWriter(stdout, new System.Text.UTF8Encoding(false));
            text.WriteLine($"articles    {stats.Articles}");
            text.WriteLine($"failures    {stats.Failures}");
            text.WriteLine($"duplicates  {stats.Duplicates}");
            text.WriteLine($"entities    {stats.Entities}");
            Lines(text, "by source", stats.BySource, 20);
            Lines(text, "by month", stats.ByMonth, int.MaxValue);
            Lines(text, "by entity type", stats.ByEntityType, int.MaxValue);
            Lines(text, "failures by kind", stats.FailuresByKind, int.MaxValue);
            return 0;
        });
        return command;
    }

    private static void Groups(Utf8JsonWriter w, string name, IReadOnlyDictionary<string, long> groups)
    {
        w.WriteStartObject(name);
        foreach (var (key, count) in groups)
        {
            w.WriteNumber(key, count);
        }

        w.WriteEndObject();
    }

    private static void Lines(StreamWriter text, string title, IReadOnlyDictionary<string, long> groups, int max)
    {
        if (groups.Count == 0)
        {
            return;
        }

        text.WriteLine();
        text.WriteLine(title);
        foreach (var (key, count) in groups.Take(max))
        {
            text.WriteLine($"  {count,8}  {key}");
        }

        if (groups.Count > max)
        {
            text.WriteLine($"  … {groups.Count - max} more");
        }
    }
}
