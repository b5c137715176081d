using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Dateline.Core.Layers.Entities;
using Dateline.Core.Output;
using Dateline.Store.Search;

namespace Dateline.Cli.Commands;

/// <summary>`dateline search`: full-text search of the store, BM25-ranked, with filters and highlighted snippets.</summary>
public static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("query")
        {
            Description = "Words to find (all must match); \"quoted phrases\", word* prefixes and AND/OR/NOT work. Empty with filters lists by date.",
        };
        var db = StoreOptions.Db();
        var from = new Option<string?>("--from") { Description = "Published on or after this date (yyyy, yyyy-MM or yyyy-MM-dd)." }.IsDate();
        var to = new Option<string?>("--to") { Description = "Published on or before this date (yyyy, yyyy-MM or yyyy-MM-dd)." }.IsDate();
        var entity = new Option<string?>("--entity") { Description = "Only articles mentioning this entity (a name, or a surname)." };
        var type = new Option<string?>("--type") { Description = "Only articles mentioning an entity of this type (PERSON, ORG, GPE, LOC, NORP, MISC); with --entity, that entity's type." };
        type.Validators.Add(result =>
        {
            if (Usage.TryValue(result, out string? value) && value is not null && EntityLabels.TryParse(value.Trim().ToUpperInvariant()) is null)
            {
                result.AddError($"--type must be one of {string.Join(", ", EntityLabels.All.Select(l => l.Code()))} (got '{value}')");
            }
        });
        var source = new Option<string?>("--source") { Description = "Only articles from this source (site name or host)." };
        var lang = new Option<string?>("--lang") { Description = "Only articles in this language (ISO 639-1)." };
        var limit = new Option<int>("--limit", "-n") { Description = "Stories to show, 1 to 1000.", DefaultValueFactory = _ => 20 }.InRange(1, 1000);
        var raw = new Option<bool>("--raw") { Description = "Pass the query to the store's full-text engine unchanged: FTS5 syntax in SQLite (NEAR, column filters, ^), tsquery syntax in PostgreSQL (&, |, !, <->, :*)." };
        var format = new Option<string>("--format", "-f") { Description = "jsonl (one JSON object per hit) or table.", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "table");
        var command = new Command("search", """
            Search the store. Hits are ranked by BM25 (title words weigh more); near-duplicate copies of a story fold
            into one hit that lists them under "copies". Exit code: 0 with hits, 1 without, 2 on a bad query or usage, 3 when the store cannot be used.
            """)
        {
            query, db, from, to, entity, type, source, lang, limit, raw, format,
        };
        command.SetAction(parse =>
        {
            var table = parse.GetValue(format) == "table";
            var q = new SearchQuery(parse.GetValue(query) ?? string.Empty)
            {
                Raw = parse.GetValue(raw),
                From = parse.GetValue(from),
                To = parse.GetValue(to),
                Entity = parse.GetValue(entity),
                EntityType = parse.GetValue(type),
                Source = parse.GetValue(source),
                Language = parse.GetValue(lang),
                Limit = Math.Max(1, parse.GetValue(limit)),
                HighlightStart = table ? "[" : "<mark>",
                HighlightEnd = table ? "]" : "</mark>",
            };
            if (string.IsNullOrWhiteSpace(q.Text) && q is { From: null, To: null, Entity: null, EntityType: null, Source: null, Language: null })
            {
                Console.Error.WriteLine("dateline search: give words to search for, or a filter (--from, --to, --entity, --type, --source, --lang)");
                return Usage.ExitCode;
            }

            using var store = StoreOptions.Open(parse.GetValue(db)!, "search", mustExist: true, readsOnly: true);
            if (store is null)
            {
                return StoreOptions.Unusable;
            }

            IReadOnlyList<SearchHit> hits;
            try
            {
                hits = store.Search(q);
            }
            catch (SearchSyntaxException e)
            {
                Console.Error.WriteLine($"dateline search: {e.Message}");
                return 2;
            }

            using var stdout = Console.OpenStandardOutput();
            if (table)
            {
                WriteTable(stdout, hits);
            }
            else
            {
                WriteJsonl(stdout, hits);
            }

            return hits.Count > 0 ? 0 : 1;
        });
        return command;
    }

    private static void WriteJsonl(Stream stdout, IReadOnlyList<SearchHit> hits)
    {
        foreach (var hit in hits)
        {
            using (var w = new Utf8JsonWriter(stdout, ArticleJsonWriter.CompactOptions))
            {
                w.WriteStartObject();
                w.WriteString("id", hit.Id);
                w.WriteNumber("score", hit.Score);
                JsonFields.WriteNullable(w, "title", hit.Title);
                JsonFields.WriteNullable(w, "published", hit.Published);
                JsonFields.WriteNullable(w, "source", hit.Source);
                JsonFields.WriteNullable(w, "url", hit.Url);
                w.WriteString("snippet", hit.Snippet);
                JsonFields.WriteStrings(w, "copies", hit.Copies);
                w.WriteEndObject();
            }

            stdout.WriteByte((byte)'\n');
        }
    }

    private static void WriteTable(Stream stdout, IReadOnlyList<SearchHit> hits)
    {
        using var w = new StreamWriter(stdout, new System.Text.UTF8Encoding(false));
        var n = 0;
        foreach (var hit in hits)
        {
            n++;
            var date = hit.Published is { Length: >= 10 } p ? p[..10] : hit.Published ?? "-";
            var copies = hit.Copies.Count > 0 ? $"  (+{hit.Copies.Count} copies: {string.Join(", ", hit.Copies.Take(5))}{(hit.Copies.Count > 5 ? ", …" : string.Empty)})" : string.Empty;
            w.WriteLine($"{n,3}. {hit.Title ?? "(no title)"}");
            w.WriteLine($"     id {hit.Id} | {date} | {hit.Source ?? "-"} | score {hit.Score.ToString("0.00", CultureInfo.InvariantCulture)}{copies}");
            w.WriteLine($"     {hit.Snippet.ReplaceLineEndings(" ")}");
            w.WriteLine();
        }
    }
}
