using System.IO.Compression;
using Dateline.Core.Layers.Entities;
using Dateline.Core.Model;
using Dateline.Language.Entities;
using Dateline.Language.Tokens;

namespace Dateline.Training.Entities;

/// <summary>
/// Reads CoNLL-style NER files (token first, tag last; blank lines between sentences; -DOCSTART- lines; .gz or
/// plain) into IOB2 tags over Dateline types. CoNLL types (PER, ORG, LOC, MISC; IOB1 or IOB2) map to PERSON, ORG,
/// LOC, MISC; GMB types map per → PERSON (leading titles removed, as in CoNLL), org → ORG, geo → LOC,
/// gpe → NORP, art/eve/nat → MISC, tim → O. LOC here covers every place; the recognizer splits GPE off.
/// </summary>
public sealed class CorpusReader(RoleWords roles, Abbreviations abbreviations, IReadOnlySet<string>? extraTitles = null)
{
    public CorpusReader()
        : this(RoleWords.Default, Abbreviations.Default)
    {
    }

    /// <summary>The raw columns of a file: each sentence as (token, last column) pairs, null for -DOCSTART-.</summary>
    public static IEnumerable<List<(string Token, string Tag)>?> ReadColumns(string path) => ReadColumns(path, column: -1);

    /// <summary>Each sentence as (token, tag) pairs, the tag from <paramref name="column"/> (-1: the last), null for -DOCSTART-.</summary>
    public static IEnumerable<List<(string Token, string Tag)>?> ReadColumns(string path, int column)
    {
        using var stream = File.OpenRead(path);
        using var decompressed = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? (Stream)new GZipStream(stream, CompressionMode.Decompress) : stream;
        using var reader = new StreamReader(decompressed);
        var sentence = new List<(string, string)>();
        while (reader.ReadLine() is { } line)
        {
            var parts = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0)
            {
                if (sentence.Count > 0)
                {
                    yield return sentence;
                    sentence = [];
                }

                continue;
            }

            if (parts[0] == "-DOCSTART-")
            {
                if (sentence.Count > 0)
                {
                    yield return sentence;
                    sentence = [];
                }

                yield return null;
                continue;
            }

            sentence.Add((parts[0], parts.Length > 1 ? parts[column < 0 ? parts.Length + column : Math.Min(column, parts.Length - 1)] : "O"));
        }

        if (sentence.Count > 0)
        {
            yield return sentence;
        }
    }

    public List<TaggedSentence> Read(string path)
    {
        var result = new List<TaggedSentence>();
        bool startsDocument = true;
        foreach (var sentence in ReadColumns(path))
        {
            if (sentence is null)
            {
                startsDocument = true;
                continue;
            }

            var words = sentence.Select(s => s.Token).ToArray();
            var tags = ToDateline(words, sentence.Select(s => s.Tag).ToArray());
            result.Add(new TaggedSentence(words, tags) { StartsDocument = startsDocument });
            startsDocument = false;
        }

        return result;
    }

    /// <summary>Maps one sentence's source tags to IOB2 Dateline tags.</summary>
    public string[] ToDateline(string[] words, string[] source)
    {
        var tags = new string[source.Length];
        string previousType = "O";
        for (int i = 0; i < source.Length; i++)
        {
            var tag = source[i];
            int dash = tag.IndexOf('-');
            if (tag == "O" || dash < 0)
            {
                tags[i] = "O";
                previousType = "O";
                continue;
            }

            string prefix = tag[..dash];
            string type = MapType(tag[(dash + 1)..]);
            if (type == "O")
            {
                tags[i] = "O";
                previousType = "O";
                continue;
            }

            // IOB1: I- opens an entity unless it continues one of the same type.
            bool begins = prefix == "B" || prefix == "S" || previousType != type;
            tags[i] = (begins ? "B-" : "I-") + type;
            previousType = type;
        }

        StripPersonTitles(words, source, tags);
        return tags;
    }

    private static string MapType(string type) => type switch
    {
        "PER" or "per" or "PERSON" => EntityLabels.Person,
        "ORG" or "org" => EntityLabels.Organization,
        "LOC" or "geo" or "GPE" => EntityLabels.Location,
        "gpe" or "NORP" => EntityLabels.Norp,
        "MISC" or "art" or "eve" or "nat" => EntityLabels.Misc,
        _ => "O",
    };

    /// <summary>GMB puts titles inside person spans ("President George Bush"); CoNLL and Dateline do not.</summary>
    private void StripPersonTitles(string[] words, string[] source, string[] tags)
    {
        bool gmb = source.Any(t => t.EndsWith("-per", StringComparison.Ordinal));
        if (!gmb)
        {
            return;
        }

        for (int i = 0; i < tags.Length; i++)
        {
            if (tags[i] != "B-PERSON")
            {
                continue;
            }

            int end = i + 1;
            while (end < tags.Length && tags[end] == "I-PERSON")
            {
                end++;
            }

            int k = i;
            while (k < end - 1 && IsTitle(words[k]))
            {
                tags[k] = "O";
                k++;
            }

            tags[k] = "B-PERSON";
            i = end - 1;
        }
    }

    private bool IsTitle(string word)
        => roles.Contains(word)
           || (extraTitles?.Contains(word.ToLowerInvariant()) ?? false)
           || (word.EndsWith('.') && abbreviations.IsTitle(word.AsSpan(0, word.Length - 1)))
           || abbreviations.IsTitle(word)
           || (word.Length >= 4 && word.Length <= 5 && word.EndsWith('.') && word.Count(c => c == '.') >= 2);
}
