using System.CommandLine;
using Dateline.Store;
using Dateline.Store.Entities;

namespace Dateline.Cli.Commands;

/// <summary>
/// `dateline entities find|merge|split|rename|curations`: a curator's view of the collection's canonical entities.
/// Corrections are recorded by resolution key, so they hold for articles ingested later.
/// </summary>
public static class EntitiesCommand
{
    private const string ExitCodes = "Exit code: 0, 1 when an entity or name is unknown, 2 on a usage error, 3 when the store cannot be used.";

    public static Command Create()
    {
        var command = new Command("entities", "Find the collection's entities and correct them: merge two, split a name out, rename one. " + ExitCodes)
        {
            Find(), Merge(), Split(), Rename(), Curations(),
        };
        return command;
    }

    private static Command Find()
    {
        var name = new Argument<string>("name") { Description = "Any name the entity was seen under (a person also by surname)." };
        var limit = new Option<int>("--limit") { Description = "At most this many entities.", DefaultValueFactory = _ => 20 };
        limit.InRange(1, 10_000);
        var db = StoreOptions.Db();
        var command = new Command("find", "List the entities a name resolves to: id, type, articles, name, the names it was seen under. " + ExitCodes) { name, limit, db };
        command.SetAction(parse =>
        {
            using var store = StoreOptions.Open(parse.GetValue(db)!, "entities find", mustExist: true);
            if (store is null)
            {
                return StoreOptions.Unusable;
            }

            var found = store.Queries().FindEntities(parse.GetValue(name)!, parse.GetValue(limit));
            foreach (var e in found)
            {
                Console.WriteLine($"{e.Id}\t{e.Label}\t{e.Articles} article(s)\t{e.Name}{(e.Country is null ? string.Empty : " (" + e.Country + ")")}\t{string.Join("; ", e.Aliases)}");
            }

            if (found.Count == 0)
            {
                Console.Error.WriteLine($"dateline entities find: no entity is named '{parse.GetValue(name)}'");
                return 1;
            }

            return 0;
        });
        return command;
    }

    private static Command Merge()
    {
        var id = Id("The entity that joins the other.");
        var into = new Argument<long>("into") { Description = "The entity it joins (keeps its id)." };
        return Curate("merge", "Merge an entity into another: its article entities move, and later articles under its names join the other.", [id, into],
            (curator, parse) => curator.Merge(parse.GetValue(id), parse.GetValue(into)));
    }

    private static Command Split()
    {
        var id = Id("The entity a name joined.");
        var name = new Option<string>("--name") { Description = "The name to split out into an entity of its own.", Required = true };
        return Curate("split", "Split a name out of an entity (undoes a rule's or a curator's merge for that name, now and for later articles).", [id, name],
            (curator, parse) => curator.Split(parse.GetValue(id), parse.GetValue(name)!));
    }

    private static Command Rename()
    {
        var id = Id("The entity to rename.");
        var name = new Argument<string>("name") { Description = "The name to show it under." };
        return Curate("rename", "Show an entity under a name of your choice.", [id, name], (curator, parse) => curator.Rename(parse.GetValue(id), parse.GetValue(name)!));
    }

    private static Command Curations()
    {
        var db = StoreOptions.Db();
        var command = new Command("curations", "List the recorded merges, splits and renames, oldest first. " + ExitCodes) { db };
        command.SetAction(parse =>
        {
            using var store = StoreOptions.Open(parse.GetValue(db)!, "entities curations", mustExist: true);
            if (store is not IEntityCurator curator)
            {
                return StoreOptions.Unusable;
            }

            foreach (var c in curator.Curations())
            {
                Console.WriteLine($"{c.CreatedAt}\t{c.Action.ToString().ToLowerInvariant()}\t{c.Key ?? c.Name}\t→ {c.Target}{(c.Active ? string.Empty : "\t(undone)")}");
            }

            return 0;
        });
        return command;
    }

    private static Argument<long> Id(string description) => new("id") { Description = description + " (an id from `dateline entities find`)." };

    private static Command Curate(string name, string description, Symbol[] symbols, Func<IEntityCurator, ParseResult, EntityCurationResult> curate)
    {
        var db = StoreOptions.Db();
        var command = new Command(name, description + " " + ExitCodes);
        foreach (var symbol in symbols)
        {
            switch (symbol)
            {
                case Argument a:
                    command.Arguments.Add(a);
                    break;
                case Option o:
                    command.Options.Add(o);
                    break;
            }
        }

        command.Options.Add(db);
        command.SetAction(parse =>
        {
            using var store = StoreOptions.Open(parse.GetValue(db)!, "entities " + name, mustExist: true);
            if (store is not IEntityCurator curator)
            {
                return StoreOptions.Unusable;
            }

            try
            {
                var result = curate(curator, parse);
                Console.WriteLine($"{name}: entity {result.EntityId} ({result.Name}); {result.ArticleEntitiesMoved} article entit{(result.ArticleEntitiesMoved == 1 ? "y" : "ies")} moved");
                return 0;
            }
            catch (Exception e) when (e is KeyNotFoundException or ArgumentException)
            {
                Console.Error.WriteLine($"dateline entities {name}: {e.Message.Trim('\'')}");
                return 1;
            }
        });
        return command;
    }
}
