using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Dateline.Extraction.Input;
using Dateline.Training.Events;

namespace Dateline.Cli.Commands;

/// <summary>
/// `dateline train events`: the events layer's argument scorer from the event dev set's train split (docs/events.md,
/// "The argument scorer"); eval/events/train-arguments.sh runs it with the set rebuilt and scores the cross-validation.
/// </summary>
public static class TrainEventsCommand
{
    public static Command Create()
    {
        var sentences = new Option<string>("--sentences") { Description = "The dev set's sentences as eval/events/sample.py writes them (JSON Lines: id, doc, text, dct, split).", Required = true };
        var gold = new Option<string[]>("--gold") { Description = "Gold files (eval/events/gold/*.jsonl).", Required = true, AllowMultipleArgumentsPerToken = true };
        var output = new Option<string?>("--out") { Description = "Where to write the model (trained on every train sentence): the argument scorer in format 2 (as Models/event-arguments.bin), the trigger detector (--triggers) as text." };
        var epochs = new Option<int[]>("--epochs") { Description = "Passes over the data; several values give a cross-validation file each.", AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => [new ArgumentTrainingOptions().Epochs] };
        var margins = new Option<float[]>("--margin") { Description = "The margin a role must win by; several values give a cross-validation file each.", AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => [new ArgumentTrainingOptions().MinMargin] };
        var seed = new Option<int>("--seed") { Description = "Seed of the per-epoch shuffle.", DefaultValueFactory = _ => new ArgumentTrainingOptions().Seed };
        var bag = new Option<int>("--bag") { Description = "Average this many perceptrons, each with its own shuffle (seeds --seed on).", DefaultValueFactory = _ => new ArgumentTrainingOptions().Bag };
        var folds = new Option<int>("--folds") { Description = "Cross-validation folds (by document).", DefaultValueFactory = _ => 5 };
        var cv = new Option<string?>("--cv") { Description = "A folder for the cross-validated predictions of the train sentences: rules.jsonl and cv-e{epochs}-m{margin}.jsonl." };
        var triggerMode = new Option<bool>("--triggers") { Description = "Train the trigger detector (averaged perceptron over word features) instead of the argument scorer." };
        var adds = new Option<float[]>("--add-margin") { Description = "With --triggers: the margin a type must win by to add a trigger; several values give a cross-validation file each.", AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => [new TriggerTrainingOptions().AddMargin] };
        var vetoes = new Option<float[]>("--veto-margin") { Description = "With --triggers: the margin \"no event\" must win by to drop a rule trigger; several values give a cross-validation file each.", AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => [new TriggerTrainingOptions().VetoMargin] };
        var unlisted = new Option<bool>("--unlisted-only") { Description = "With --triggers: add triggers only at words the lexicons do not list." };
        var holdout = new Option<string[]>("--holdout") { Description = "Id prefixes of train sentences to hold out (batch f: y, g: z, h: h): the models train on the other train sentences and --cv predicts only these, instead of cross-validating; --out then trains without them too.", AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => [] };
        var dump = new Option<string?>("--candidates") { Description = "Write every trigger's candidates, the rules' roles and the layer's events (with the shipped argument scorer, or --arguments) for the train sentences not held out, as JSON Lines (eval/events/candidates.py measures them)." };
        var argumentFile = new Option<string?>("--arguments") { Description = "With --triggers or --candidates: the argument scorer file (format 2, or the text format written before) the layer runs with while the detector is trained and judged (default: the shipped Models/event-arguments.bin)." };
        var command = new Command("events", "Train the event argument scorer (averaged perceptron over trigger–actor features), or with --triggers the trigger detector, on the event dev set's train split.")
        {
            sentences, gold, output, epochs, margins, seed, folds, cv, triggerMode, adds, vetoes, unlisted, holdout, argumentFile, dump, bag,
        };
        command.SetAction(parse =>
        {
            var sentenceFile = parse.GetValue(sentences)!;
            var goldFiles = parse.GetValue(gold)!;
            var argumentPath = parse.GetValue(argumentFile);
            var missing = goldFiles.Append(sentenceFile).Concat(argumentPath is null ? [] : [argumentPath]).FirstOrDefault(f => !File.Exists(f));
            if (missing is not null)
            {
                Console.Error.WriteLine($"dateline train events: {missing}: no such file");
                return 2;
            }

            var train = Annotate(sentenceFile).Where(s => s.Split == "train").ToList();
            var events = GoldEvent.Read(goldFiles);
            var held = parse.GetValue(holdout)!;
            var cut = held.Length > 0 ? EventFolds.HoldOut(held) : EventFolds.ByDocument(train, parse.GetValue(folds));
            var predicted = train.Where(cut.IsPredicted).ToList();
            var fitted = cut.Training(train).ToList();
            string heldNote = held.Length > 0 ? $" ({cut.Description}: {predicted.Count} sentences left out)" : "";
            if (held.Length > 0 && (predicted.Count == 0 || fitted.Count == 0))
            {
                Console.Error.WriteLine($"dateline train events: --holdout {string.Join(' ', held)} leaves {predicted.Count} sentences to predict and {fitted.Count} to train on");
                return 2;
            }

            if (parse.GetValue(dump) is { } dumpPath)
            {
                File.WriteAllLines(dumpPath, EventArgumentTrainer.Candidates(fitted, argumentPath));
                Console.Error.WriteLine($"train events: the candidates of {fitted.Count} train sentences{heldNote} written to {dumpPath}");
                return 0;
            }

            if (parse.GetValue(triggerMode))
            {
                return TrainTriggers(train, events, cut, held, parse.GetValue(epochs)!, parse.GetValue(adds)!, parse.GetValue(vetoes)!, parse.GetValue(seed), parse.GetValue(unlisted), argumentPath, parse.GetValue(cv), parse.GetValue(output));
            }

            var (found, all, triggers) = EventArgumentTrainer.Coverage(fitted, events);
            Console.Error.WriteLine($"train events: {fitted.Count} train sentences{heldNote}, {triggers} triggers with gold of their type, gold actors among the candidates {found}/{all}");
            if (parse.GetValue(cv) is { } folder)
            {
                Directory.CreateDirectory(folder);
                File.WriteAllLines(Path.Combine(folder, "rules.jsonl"), new EventArgumentTrainer(new ArgumentTrainingOptions()).CrossValidate(train, events, cut, rulesOnly: true));
                File.WriteAllLines(Path.Combine(folder, "shipped.jsonl"), EventTriggerTrainer.Baseline(predicted));
                foreach (int e in parse.GetValue(epochs)!)
                {
                    foreach (float m in parse.GetValue(margins)!)
                    {
                        var trainer = new EventArgumentTrainer(new ArgumentTrainingOptions { Epochs = e, MinMargin = m, Seed = parse.GetValue(seed), Bag = parse.GetValue(bag) });
                        File.WriteAllLines(Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"cv-e{e}-m{m}.jsonl")), trainer.CrossValidate(train, events, cut));
                    }
                }
            }

            if (parse.GetValue(output) is { } path)
            {
                var options = new ArgumentTrainingOptions { Epochs = parse.GetValue(epochs)![0], MinMargin = parse.GetValue(margins)![0], Seed = parse.GetValue(seed), Bag = parse.GetValue(bag) };
                var header = $"""
                    The events layer's argument scorer (docs/events.md, "The argument scorer"): averaged-perceptron weights, columns source, target.
                    Written by: eval/events/train-arguments.sh --out (dateline train events --epochs {options.Epochs} --margin {options.MinMargin.ToString(CultureInfo.InvariantCulture)} --seed {options.Seed}{(options.Bag > 1 ? $" --bag {options.Bag}" : "")}{HoldoutFlag(held)}) on {fitted.Count} train sentences.
                    """;
                new EventArgumentTrainer(options).Save(fitted, events, header, path);
                Console.Error.WriteLine($"train events: model written to {path}");
            }

            return 0;
        });
        return command;
    }

    /// <summary>
    /// `--triggers`: cross-validates the trigger detector (or judges it on the held-out batches) for each epochs and
    /// pair of margins (rules.jsonl: the layer without it, with the argument scorer given; shipped.jsonl: the shipped
    /// layer; cv-e{epochs}-a{add}-v{veto}.jsonl), and writes the model of the first of each.
    /// </summary>
    private static int TrainTriggers(List<EventSentence> train, Dictionary<string, IReadOnlyList<GoldEvent>> events, EventFolds cut, string[] held, int[] epochs, float[] adds, float[] vetoes, int seed, bool unlisted, string? argumentPath, string? folder, string? path)
    {
        var fitted = cut.Training(train).ToList();
        var predicted = train.Where(cut.IsPredicted).ToList();
        var (words, labelled) = new EventTriggerTrainer(new TriggerTrainingOptions { ArgumentModelPath = argumentPath }).Count(fitted, events);
        Console.Error.WriteLine($"train events --triggers: {fitted.Count} train sentences ({cut.Description}), {words} words classified, {labelled} labelled a type");
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
            File.WriteAllLines(Path.Combine(folder, "rules.jsonl"), EventTriggerTrainer.Baseline(predicted, argumentPath));
            File.WriteAllLines(Path.Combine(folder, "shipped.jsonl"), EventTriggerTrainer.Baseline(predicted));
            var margins = adds.SelectMany(a => vetoes.Select(v => (a, v))).ToList();
            foreach (int e in epochs)
            {
                var trainer = new EventTriggerTrainer(new TriggerTrainingOptions { Epochs = e, Seed = seed, UnlistedOnly = unlisted, ArgumentModelPath = argumentPath });
                foreach (var ((a, v), lines) in trainer.CrossValidate(train, events, cut, margins))
                {
                    File.WriteAllLines(Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"cv-e{e}-a{a}-v{v}.jsonl")), lines);
                }
            }
        }

        if (path is not null)
        {
            var options = new TriggerTrainingOptions { Epochs = epochs[0], AddMargin = adds[0], VetoMargin = vetoes[0], Seed = seed, UnlistedOnly = unlisted, ArgumentModelPath = argumentPath };
            var header = $"""
                The events layer's trigger detector (docs/events.md, "The trigger detector"): averaged-perceptron weights, classes 0 = no event, 1 + the type's place in EventType.
                Written by: eval/events/train-arguments.sh --triggers --out (dateline train events --triggers --epochs {options.Epochs} --add-margin {options.AddMargin.ToString(CultureInfo.InvariantCulture)} --veto-margin {options.VetoMargin.ToString(CultureInfo.InvariantCulture)}{(unlisted ? " --unlisted-only" : "")} --seed {options.Seed}{HoldoutFlag(held)}) on {fitted.Count} train sentences.
                """;
            File.WriteAllText(path, new EventTriggerTrainer(options).Train(fitted, events, header));
            Console.Error.WriteLine($"train events --triggers: model written to {path}");
        }

        return 0;
    }

    private static string HoldoutFlag(string[] held) => held.Length == 0 ? "" : " --holdout " + string.Join(' ', held);

    /// <summary>Each sentence annotated on its own, as `annotate --jsonl` annotates it.</summary>
    private static IEnumerable<EventSentence> Annotate(string file)
    {
        var meta = File.ReadLines(file).Select(l => JsonDocument.Parse(l).RootElement)
            .ToDictionary(r => r.GetProperty("id").GetString()!, r => (Doc: r.GetProperty("doc").GetString()!, Split: r.GetProperty("split").GetString()!), StringComparer.Ordinal);
        Compose.ForManyDocuments();
        var pipeline = Compose.GivenText().Build();
        foreach (var item in new CollectionReader(InputOptions.Default).ReadJsonLines(file))
        {
            if (item.Page is { } page && meta.TryGetValue(item.Id, out var m) && pipeline.Process(page).Document is { } doc)
            {
                yield return new EventSentence(item.Id, m.Doc, m.Split, doc);
            }
        }
    }
}
