using System.IO.Compression;
using System.Text.Json;
using Dateline.Language.Sentences;
using Dateline.Language.Tokens;

namespace Dateline.Training.Entities;

/// <summary>Unlabelled text for word clusters: the "text" of JSON Lines files (.gz or plain), tokenised and split into sentences.</summary>
public static class ClusterCorpus
{
    /// <summary>Sentences of the files; items whose id starts with one of <paramref name="excludedIdPrefixes"/> are skipped (held-out text).</summary>
    public static IEnumerable<string[]> Sentences(IEnumerable<string> files, IReadOnlyList<string> excludedIdPrefixes)
    {
        var tokenizer = Tokenizer.Default;
        var splitter = SentenceSplitter.Default;
        foreach (var text in Texts(files, excludedIdPrefixes))
        {
            var tokens = tokenizer.Tokenize(text);
            foreach (var range in splitter.SplitTokens(text, tokens))
            {
                var words = new string[range.Count];
                for (int i = 0; i < words.Length; i++)
                {
                    var span = tokens[range.Start + i];
                    words[i] = text.Substring(span.Start, span.Length);
                }

                yield return words;
            }
        }
    }

    /// <summary>The "text" of each item of the files, in file order; items whose id starts with one of <paramref name="excludedIdPrefixes"/> are skipped.</summary>
    public static IEnumerable<string> Texts(IEnumerable<string> files, IReadOnlyList<string> excludedIdPrefixes)
    {
        foreach (var file in files)
        {
            using var stream = File.OpenRead(file);
            using var decompressed = file.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? (Stream)new GZipStream(stream, CompressionMode.Decompress) : stream;
            using var reader = new StreamReader(decompressed);
            while (reader.ReadLine() is { } line)
            {
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                var id = root.TryGetProperty("id", out var idElement) ? idElement.GetString() ?? string.Empty : string.Empty;
                if (excludedIdPrefixes.Any(p => id.StartsWith(p, StringComparison.Ordinal)))
                {
                    continue;
                }

                yield return root.TryGetProperty("text", out var t) ? t.GetString() ?? string.Empty : string.Empty;
            }
        }
    }
}
