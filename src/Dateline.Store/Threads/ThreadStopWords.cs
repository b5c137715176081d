using System.Collections.Frozen;

namespace Dateline.Store.Threads;

/// <summary>The words that never tie articles to a story, read from Threads/Data/thread-stopwords.txt.</summary>
internal static class ThreadStopWords
{
    public static FrozenSet<string> All { get; } = Read("thread-stopwords.txt");

    private static FrozenSet<string> Read(string name)
    {
        var resource = "Dateline.Store.Threads.Data." + name;
        using var stream = typeof(ThreadStopWords).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"missing embedded word list {resource}");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#'))
            {
                continue;
            }

            foreach (var word in line.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
            {
                words.Add(word.ToLowerInvariant());
            }
        }

        return words.ToFrozenSet(StringComparer.Ordinal);
    }
}
