using Dateline.Language.Entities;
using Dateline.Training.Entities;

namespace Dateline.Training.Evaluation;

/// <summary>`annotate --conll FILE`: tags pre-tokenised sentences and writes `token gold predicted` for conlleval.</summary>
public static class ConllTagging
{
    public static int Run(string file, string? modelPath, bool consistency, TextWriter output)
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

        NerEnsemble models;
        try
        {
            models = modelPath is null ? NerModels.Default : NerEnsemble.Load(modelPath);
        }
        catch (InvalidDataException e)
        {
            Console.Error.WriteLine($"dateline annotate: {e.Message}");
            return 2;
        }

        var recognizer = new EntityRecognizer(models) { Consistency = consistency };
        int sentences = 0;

        // Documents run from one -DOCSTART- to the next: the recognizer's non-local features read the whole document.
        var document = new List<List<(string Token, string Tag)>>();
        void Flush()
        {
            var words = document.Select(s => s.Select(t => t.Token).ToArray()).ToList();
            var tagged = recognizer.TagConllDocument(words);
            for (int s = 0; s < document.Count; s++)
            {
                var predicted = tagged[s];
                for (int i = 0; i < words[s].Length; i++)
                {
                    output.Write($"{words[s][i]} {document[s][i].Tag} {predicted[i]}\n");
                }

                output.Write('\n');
                sentences++;
            }

            document.Clear();
        }

        foreach (var sentence in CorpusReader.ReadColumns(file))
        {
            if (sentence is null)
            {
                Flush();
                output.Write("-DOCSTART- O O\n\n");
                continue;
            }

            document.Add(sentence);
        }

        Flush();

        output.Flush();
        Console.Error.WriteLine($"dateline: {sentences} sentences tagged");
        return 0;
    }
}
