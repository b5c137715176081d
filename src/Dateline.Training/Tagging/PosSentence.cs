using Dateline.Language.Tagging;
using Dateline.Training.Entities;

namespace Dateline.Training.Tagging;

/// <summary>A sentence of a part-of-speech corpus: words and their gold tags.</summary>
public sealed record PosSentence(string[] Words, PartOfSpeech[] Tags)
{
    /// <summary>The sentences of CoNLL-style files whose second column is the Penn tag (GMB, GUM Wikinews; .gz or plain).</summary>
    public static List<PosSentence> Read(IEnumerable<string> paths)
    {
        var result = new List<PosSentence>();
        foreach (var path in paths)
        {
            foreach (var sentence in CorpusReader.ReadColumns(path, column: 1))
            {
                if (sentence is { Count: > 0 })
                {
                    result.Add(new PosSentence(sentence.Select(p => p.Token).ToArray(), sentence.Select(p => PennTags.Parse(p.Tag)).ToArray()));
                }
            }
        }

        return result;
    }
}
