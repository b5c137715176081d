using System.CommandLine;
using System.Text.Json;
using Dateline.Core.Output;
using Dateline.Store;

namespace Dateline.Cli.Commands;

/// <summary>`dateline show ID`: one stored article in the article contract, as /api/articles/{id} returns it.</summary>
public static class ShowCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("id") { Description = "The article id (as search prints it)." };
        var db = StoreOptions.Db();
        var command = new Command("show", "Print a stored article as JSON: the article of `annotate` (entity references with their collection-wide keys) and a \"store\" object (hash, input, duplicate group, layer counts), as /api/articles/{id} returns it. Exit code: 0, 1 when the id is unknown, 2 on a usage error, 3 when the store cannot be used.")
        {
            id, db,
        };
        command.SetAction(parse =>
        {
            using var store = StoreOptions.Open(parse.GetValue(db)!, "show", mustExist: true);
            if (store is null)
            {
                return StoreOptions.Unusable;
            }

            var article = store.Find(parse.GetValue(id)!);
            if (article is null)
            {
                Console.Error.WriteLine($"dateline show: no article with id '{parse.GetValue(id)}'");
                return 1;
            }

            using var stdout = Console.OpenStandardOutput();
            using (var w = new Utf8JsonWriter(stdout, ArticleJsonWriter.IndentedOptions))
            {
                StoredArticleJson.Write(w, article, new ArticleJsonWriter(store.Layers));
            }

            stdout.WriteByte((byte)'\n');
            return 0;
        });
        return command;
    }
}
