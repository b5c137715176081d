using System.CommandLine;
using System.Diagnostics;
using Dateline.Language;
using Dateline.Language.Entities;
using Dateline.Language.Resolution;
using Dateline.Language.Tagging;
using Dateline.Training.Entities;
using Dateline.Training.Resolution;
using Dateline.Training.Tagging;

namespace Dateline.Cli.Commands;

/// <summary>`dateline train ner`: trains the entity recognizer from CoNLL/GMB files, deterministically.</summary>
public static class TrainCommand
{
    public static Command Create()
    {
        var data = new Option<string[]>("--data")
        {
            Description = "Training files (CoNLL-2003 or GMB columns, .gz or plain). Repeat or list several.",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var output = new Option<string>("--out") { Description = "Where to write the model.", Required = true };
        var dev = new Option<string?>("--dev") { Description = "A tagged file to score after each epoch (progress only)." };
        var lexicons = new Option<string>("--lexicons")
        {
            Description = "The lexicon folder (gazetteers).",
            DefaultValueFactory = _ => Path.Combine("..", "shared", "data", "lexicons"),
        };
        var research = new Option<bool>("--research-lexicons")
        {
            Description = "Also use the research-only Wikipedia gazetteers (never for a shipped model).",
        };
        var corpus = new Option<string[]>("--corpus")
        {
            Description = "JSON Lines files of unlabelled text for the word clusters (default: ../shared/data/corpus/*.jsonl.gz).",
            AllowMultipleArgumentsPerToken = true,
        };
        var epochs = new Option<int>("--epochs") { DefaultValueFactory = _ => new NerTrainingOptions().Epochs };
        var bits = new Option<int>("--bits") { DefaultValueFactory = _ => new NerTrainingOptions().Bits };
        var seed = new Option<int>("--seed") { Description = "Seed of the per-epoch shuffle.", DefaultValueFactory = _ => new NerTrainingOptions().Seed };
        var minCount = new Option<int>("--min-count") { Description = "Drop features seen fewer times.", DefaultValueFactory = _ => new NerTrainingOptions().MinFeatureCount };
        var clusterContext = new Option<int>("--cluster-context") { Description = "Context words that describe a word for the clusters.", DefaultValueFactory = _ => new ClusterOptions().ContextWords };
        var clusterDimensions = new Option<int>("--cluster-dimensions") { Description = "Dimensions of the clusters' word vectors.", DefaultValueFactory = _ => new ClusterOptions().Dimensions };
        var flatClusters = new Option<int>("--clusters") { Description = "Number of flat word clusters.", DefaultValueFactory = _ => new ClusterOptions().FlatClusters };
        var algorithm = new Option<NerAlgorithm>("--algorithm") { Description = "Perceptron (averaged) or Crf (linear-chain CRF, averaged SGD).", DefaultValueFactory = _ => new NerTrainingOptions().Algorithm };
        var learningRate = new Option<float>("--learning-rate") { Description = "CRF: SGD step size of the first epoch.", DefaultValueFactory = _ => new NerTrainingOptions().LearningRate };
        var learningRateDecay = new Option<float>("--learning-rate-decay") { Description = "CRF: epoch e uses rate / (1 + (e - 1) x decay).", DefaultValueFactory = _ => new NerTrainingOptions().LearningRateDecay };
        var extendedFeatures = new Option<bool>("--extended-features") { Description = "Also use the wider feature templates (surrounding-word pair, clusters at ±2, shape trigram, gazetteer × shape)." };
        var phrases = new Option<bool>("--phrase-features") { Description = "Also use the capitalised-phrase templates (organisation head words in the run, its first and last words, the words around it)." };
        var bilou = new Option<bool>("--bilou") { Description = "Label entity chunks B/I/L/U (BILOU) instead of B/I (IOB2)." };
        var history = new Option<bool>("--history") { Description = "Also learn from the types given to the same word earlier in the document (prediction history; for corpora whose -DOCSTART- blocks are real articles)." };
        var ner = new Command("ner", "Train the entity recognizer (averaged perceptron or CRF, Viterbi) and print the weights hash.")
        {
            data, output, dev, lexicons, research, corpus, epochs, bits, minCount, seed, history, extendedFeatures, phrases, bilou, clusterContext, clusterDimensions, flatClusters, algorithm, learningRate, learningRateDecay,
        };
        ner.SetAction(parse =>
        {
            var job = new NerTrainingJob(parse.GetValue(data)!, parse.GetValue(lexicons)!)
            {
                ResearchLexicons = parse.GetValue(research),
                Corpus = parse.GetValue(corpus) is { Length: > 0 } given ? given : SharedCorpus(),
                Dev = parse.GetValue(dev),
                Clusters = new ClusterOptions { ContextWords = parse.GetValue(clusterContext), Dimensions = parse.GetValue(clusterDimensions), FlatClusters = parse.GetValue(flatClusters) },
                Training = new NerTrainingOptions { Epochs = parse.GetValue(epochs), Bits = parse.GetValue(bits), MinFeatureCount = parse.GetValue(minCount), Seed = parse.GetValue(seed), PredictionHistory = parse.GetValue(history), ExtendedFeatures = parse.GetValue(extendedFeatures), PhraseFeatures = parse.GetValue(phrases), Bilou = parse.GetValue(bilou), Algorithm = parse.GetValue(algorithm), LearningRate = parse.GetValue(learningRate), LearningRateDecay = parse.GetValue(learningRateDecay) },
            };
            var model = job.Run(line => Console.Error.WriteLine("train: " + line));
            var path = parse.GetValue(output)!;
            model.Save(path);
            Console.Error.WriteLine($"train: {model.FeatureRows} feature rows, {new FileInfo(path).Length / 1024} KiB written to {path}");
            Console.WriteLine($"weights sha256 {model.WeightsHash()}");
            return 0;
        });
        var geoLexicons = new Option<string>("--lexicons")
        {
            Description = "The lexicon folder (countries, GeoNames cities).",
            DefaultValueFactory = _ => Path.Combine("..", "shared", "data", "lexicons"),
        };
        var geoOutput = new Option<string>("--out") { Description = "Where to write the gazetteer.", Required = true };
        var geo = new Command("geo", "Build the countries and places gazetteer used by entity resolution.") { geoLexicons, geoOutput };
        geo.SetAction(parse =>
        {
            var gazetteer = GeoGazetteerBuilder.Build(parse.GetValue(geoLexicons)!);
            gazetteer.Save(parse.GetValue(geoOutput)!);
            Console.Error.WriteLine($"train geo: {gazetteer.Countries.Count} countries, {gazetteer.PlaceCount} place names");
            return 0;
        });
        var models = new Option<string[]>("--models") { Description = "Model files trained on the same data with different --seed.", Required = true, AllowMultipleArgumentsPerToken = true };
        var averageOutput = new Option<string>("--out") { Description = "Where to write the averaged model.", Required = true };
        var average = new Command("average", "Average NER models trained with different seeds into one (a cheap ensemble).") { models, averageOutput };
        average.SetAction(parse => JoinModels("average", () =>
        {
            var model = NerModel.Average(parse.GetValue(models)!.Select(NerModel.Load).ToList());
            model.Save(parse.GetValue(averageOutput)!);
            return model.WeightsHash();
        }));
        var members = new Option<string[]>("--models") { Description = "Model files trained on the same data (same feature settings; label scheme and --seed may differ).", Required = true, AllowMultipleArgumentsPerToken = true };
        var ensembleOutput = new Option<string>("--out") { Description = "Where to write the ensemble file.", Required = true };
        var ensemble = new Command("ensemble", "Join NER models into one file whose models vote on entity chunks (an odd number, 3 or more).") { members, ensembleOutput };
        ensemble.SetAction(parse => JoinModels("ensemble", () =>
        {
            var joined = new NerEnsemble(parse.GetValue(members)!.Select(NerModel.Load).ToList());
            joined.Save(parse.GetValue(ensembleOutput)!);
            return joined.WeightsHash();
        }));
        var convertInput = new Option<string>("--model") { Description = "An entity model or ensemble file, a geo gazetteer, a part-of-speech model or an event argument scorer, in any format Dateline wrote (gzip, record layouts and the argument scorer's text included).", Required = true };
        var convertOutput = new Option<string>("--out") { Description = "Where to write it in the current format.", Required = true };
        var convert = new Command("convert", "Rewrite an entity model, ensemble, geo gazetteer, part-of-speech model or event argument scorer in the current format (the same content; loads without building tables).") { convertInput, convertOutput };
        convert.SetAction(parse =>
        {
            try
            {
                Console.WriteLine(ModelConversion.Convert(parse.GetValue(convertInput)!, parse.GetValue(convertOutput)!));
                return 0;
            }
            catch (Exception e) when (e is ArgumentException or InvalidDataException or IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"dateline train convert: {e.Message}");
                return 2;
            }
        });
        return new Command("train", "Train models.") { ner, geo, PlacePrior(), average, ensemble, convert, Pos(), TrainEventsCommand.Create() };
    }

    /// <summary>
    /// `train place-prior`: the usual reading of place names (with several readings, or one beside other countries), learned from news text (docs/entities.md).
    /// By default the shared corpus (VOA passages but GMB's test split, Wikinews but GUM's documents, which include
    /// NER test text) and the TempEval news texts (TimeBank, AQUAINT; their test set is not in ../shared).
    /// </summary>
    private static Command PlacePrior()
    {
        var corpus = new Option<string[]>("--corpus")
        {
            Description = "JSON Lines files of news text (default: ../shared/data/corpus/*.jsonl.gz and ../shared/data/timex/{timebank,aquaint}.jsonl.gz).",
            AllowMultipleArgumentsPerToken = true,
        };
        var output = new Option<string>("--out") { Description = "Where to write the prior (src/Dateline.Language/Data/place-prior.txt ships).", Required = true };
        var minExcess = new Option<double>("--min-excess") { Description = "Fewest articles beyond chance that favour the winning reading.", DefaultValueFactory = _ => new PlacePriorOptions().MinExcessArticles };
        var minShare = new Option<double>("--min-share") { Description = "Least share of all readings' excess articles the winning reading holds.", DefaultValueFactory = _ => new PlacePriorOptions().MinShare };
        var minLift = new Option<double>("--min-lift") { Description = "For a name with one reading: least ratio of its articles naming the reading's country or division to those expected by base rate.", DefaultValueFactory = _ => new PlacePriorOptions().MinLift };
        var command = new Command("place-prior", "Learn which reading news means by a place name (London: the British capital; Mosul: Iraq's, beside other countries) and write it as a data file.") { corpus, output, minExcess, minShare, minLift };
        command.SetAction(parse =>
        {
            var timex = Path.Combine("..", "shared", "data", "timex");
            var files = parse.GetValue(corpus) is { Length: > 0 } given ? given : [.. SharedCorpus(), Path.Combine(timex, "timebank.jsonl.gz"), Path.Combine(timex, "aquaint.jsonl.gz")];
            var options = new PlacePriorOptions { MinExcessArticles = parse.GetValue(minExcess), MinShare = parse.GetValue(minShare), MinLift = parse.GetValue(minLift) };
            var builder = PlacePriorBuilder.Read(ClusterCorpus.Texts(files, ["gmb-test", "gum:"]), Compose.GivenText(), GeoGazetteer.Default, options);
            var rows = builder.Build();
            var path = parse.GetValue(output)!;
            File.WriteAllLines(path, [
                "# The usual reading of place names: `dateline train place-prior` (docs/entities.md). Generated: do not edit.",
                "# name\tcountry\tdivision\tkind\tarticles naming it\tof them naming the reading's country or division\texpected by base rate\tshare of excess",
                .. rows.Select(r => r.ToLine())]);
            Console.Error.WriteLine($"train place-prior: {builder.Articles} articles, {builder.NamesSeen} place names, {rows.Count} usual readings written to {path}");
            return 0;
        });
        return command;
    }

    /// <summary>`train pos`: the part-of-speech tagger from files with Penn tags in the second column (GMB).</summary>
    private static Command Pos()
    {
        var data = new Option<string[]>("--data") { Description = "Training files (GMB columns: token, Penn tag, …; .gz or plain).", Required = true, AllowMultipleArgumentsPerToken = true };
        var output = new Option<string>("--out") { Description = "Where to write the model.", Required = true };
        var dev = new Option<string?>("--dev") { Description = "A tagged file scored after each epoch (progress; choose settings by it)." };
        var score = new Option<string[]>("--score") { Description = "Tagged files scored once, with the final model (report these; never choose by them).", AllowMultipleArgumentsPerToken = true };
        var epochs = new Option<int>("--epochs") { DefaultValueFactory = _ => new PosTrainingOptions().Epochs };
        var seed = new Option<int>("--seed") { Description = "Seed of the per-epoch shuffle.", DefaultValueFactory = _ => new PosTrainingOptions().Seed };
        var command = new Command("pos", "Train the part-of-speech tagger (averaged perceptron, greedy) and print its accuracy and weights hash.") { data, output, dev, score, epochs, seed };
        command.SetAction(parse =>
        {
            var missing = parse.GetValue(data)!.Concat(parse.GetValue(score) ?? []).Append(parse.GetValue(dev)).OfType<string>().FirstOrDefault(f => !File.Exists(f));
            if (missing is not null)
            {
                Console.Error.WriteLine($"dateline train pos: {missing}: no such file");
                return 2;
            }

            var sentences = PosSentence.Read(parse.GetValue(data)!);
            var devSentences = parse.GetValue(dev) is { } d ? PosSentence.Read([d]) : null;
            Console.Error.WriteLine($"train pos: {sentences.Count} sentences, {sentences.Sum(s => s.Words.Length)} tokens");
            var trainer = new PosTrainer(new PosTrainingOptions { Epochs = parse.GetValue(epochs), Seed = parse.GetValue(seed) });
            var model = trainer.Train(sentences, (epoch, m) =>
            {
                var accuracy = devSentences is null ? "" : $", dev accuracy {PosTrainer.Accuracy(new PosTagger(m), devSentences):P2}";
                Console.Error.WriteLine($"train pos: epoch {epoch}: {m.FeatureCount} features{accuracy}");
            });
            foreach (var file in parse.GetValue(score) ?? [])
            {
                Console.WriteLine($"accuracy {PosTrainer.Accuracy(new PosTagger(model), PosSentence.Read([file])):P2} {file}");
            }

            var path = parse.GetValue(output)!;
            model.Save(path);
            Console.Error.WriteLine($"train pos: {model.FeatureCount} features, {model.DictionarySize} dictionary words, {new FileInfo(path).Length / 1024} KiB written to {path}");
            Console.WriteLine($"weights sha256 {model.Sha256()}");
            return 0;
        });
        return command;
    }

    /// <summary>The openly licensed news texts of ../shared/data/corpus.</summary>
    public static string[] SharedCorpus() => Directory.GetFiles(Path.Combine("..", "shared", "data", "corpus"), "*.jsonl.gz").Order(StringComparer.Ordinal).ToArray();

    /// <summary>Runs `train average` or `train ensemble`: a missing, foreign or incompatible model file is an error message, not a crash.</summary>
    private static int JoinModels(string command, Func<string> join)
    {
        try
        {
            Console.WriteLine($"weights sha256 {join()}");
            return 0;
        }
        catch (Exception e) when (e is ArgumentException or InvalidDataException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"dateline train {command}: {e.Message}");
            return 2;
        }
    }
}
