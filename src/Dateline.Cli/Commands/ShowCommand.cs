using System.CommandLine;
using System.Text.Json;
using Dateline.Core.Model;
using Dateline.Core.Output;
using Dateline.Language;
using Dateline.Store;

namespace Dateline.Cli.Commands;

/// <summary>`dateline show ID`: one stored article in the output contract, plus what the store knows of it.</summary>
public static class ShowCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("id") { Description = "The article id (as search prints it)." };
        var db = StoreOptions.Db();
        var command = new Command("show", "Print a stored article as JSON: the article of `annotate`, and a \"store\" object (hash, input, duplicate group, entities with their collection-wide keys, layer counts). Exit code 1 when the id is unknown.")
        {
            id, db,
        };
        command.SetAction(parse =>
        {
            using var store = StoreOptions.Open(parse.GetValue(db)!, "show", mustExist: true);
            if (store is null)
            {
                return 2;
            }

            var article = store.Find(parse.GetValue(id)!);
            if (article is null)
            {
                Console.Error.WriteLine($"dateline show: no article with id '{parse.GetValue(id)}'");
                return 1;
            }

            var json = new ArticleJsonWriter([.. LanguageJsonSections.Create(), new StoreSection(article)]);
            using var stdout = Console.OpenStandardOutput();
            using (var w = new Utf8JsonWriter(stdout, ArticleJsonWriter.IndentedOptions))
            {
                json.Write(w, article.Document);
            }

            stdout.WriteByte((byte)'\n');
            return 0;
        });
        return command;
    }

    private sealed class StoreSection(StoredArticle article) : IJsonSection
    {
        public void Write(Utf8JsonWriter w, Document document)
        {
            w.WriteStartObject("store");
            w.WriteString("hash", article.ContentHash);
            w.WriteString("input", article.Input);
            w.WriteString("ingestedAt", article.IngestedAt);
            ArticleJsonWriter.WriteNullable(w, "duplicateOf", article.DuplicateOf);
            w.WriteStartArray("copies");
            foreach (var c in article.Copies)
            {
                w.WriteStringValue(c);
            }

            w.WriteEndArray();
            w.WriteStartArray("entities");
            foreach (var e in document.Entities)
            {
                w.WriteStartObject();
                w.WriteString("id", e.Id);
                if (article.EntityKeys.TryGetValue(e.Id, out var key))
                {
                    w.WriteNumber("key", key);
                }

                w.WriteString("name", e.Name);
                w.WriteString("label", e.Label);
                w.WriteNumber("mentions", e.Mentions.Count);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartObject("layers");
            w.WriteNumber("mentions", document.Layer<EntityMention>().Length);
            w.WriteNumber("quotes", document.Layer<Quote>().Length);
            w.WriteNumber("times", document.Layer<TimeExpression>().Length);
            w.WriteNumber("amounts", document.Layer<Amount>().Length);
            w.WriteNumber("relations", document.Layer<Relation>().Length);
            w.WriteEndObject();
            w.WriteEndObject();
        }
    }
}
