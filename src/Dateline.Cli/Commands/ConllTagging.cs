using Dateline.Language.Entities;

namespace Dateline.Cli.Commands;

/// <summary>`annotate --conll FILE`: tags pre-tokenised sentences and writes `token gold predicted` for conlleval.</summary>
public static class ConllTagging
{
    public static int Run(string file, string? modelPath, TextWriter output)
    {
        if (!File.Exists(file))
        {
            Console.Error.WriteLine($"dateline annotate: {file}: no such file");
            return 2;
        }

        if (modelPath is not null && !File.Exists(modelPath))
        {
            Console.Error.WriteLine($"dateline annotate: {modelPath}: no such model file");
            return 2;
        }

        var recognizer = modelPath is null ? EntityRecognizer.Default : new EntityRecognizer(NerModel.Load(modelPath));
        int sentences = 0;
        foreach (var sentence in CorpusReader.ReadColumns(file))
        {
            if (sentence is null)
            {
                output.Write("-DOCSTART- O O\n\n");
                continue;
            }

            var words = sentence.Select(s => s.Token).ToArray();
            var predicted = recognizer.TagConll(words);
            for (int i = 0; i < words.Length; i++)
            {
                output.Write($"{words[i]} {sentence[i].Tag} {predicted[i]}\n");
            }

            output.Write('\n');
            sentences++;
        }

        output.Flush();
        Console.Error.WriteLine($"dateline: {sentences} sentences tagged");
        return 0;
    }
}
