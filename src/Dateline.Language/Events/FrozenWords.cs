namespace Dateline.Language.Events;

/// <summary>A small closed word class written inline (determiners, pronouns): lower-case words separated by spaces.</summary>
internal sealed class FrozenWords(string words)
{
    public WordSet Set { get; } = new(words.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));

    public bool Contains(string word) => Set.Contains(word);
}
