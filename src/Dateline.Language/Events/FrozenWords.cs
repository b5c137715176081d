namespace Dateline.Language.Events;

/// <summary>A small closed word class written inline (determiners, pronouns): lower-case words separated by spaces.</summary>
internal sealed class FrozenWords(string words)
{
    private readonly WordSet _set = new(words.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));

    public bool Contains(string word) => _set.Contains(word);
}
