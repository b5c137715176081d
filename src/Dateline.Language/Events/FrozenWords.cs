using System.Collections.Frozen;

namespace Dateline.Language.Events;

/// <summary>A small closed word class written inline (determiners, pronouns): lower-case words separated by spaces.</summary>
internal sealed class FrozenWords(string words)
{
    private readonly FrozenSet<string> _set = words.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);

    public bool Contains(string word) => _set.Contains(word);
}
