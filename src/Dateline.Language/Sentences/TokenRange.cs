namespace Dateline.Language.Sentences;

/// <summary>A run of tokens [Start, End) by index, e.g. one sentence.</summary>
public readonly record struct TokenRange(int Start, int End)
{
    public int Count => End - Start;
}
