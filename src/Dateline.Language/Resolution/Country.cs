namespace Dateline.Language.Resolution;

/// <summary>A country of the countries lexicon: ISO code, common name, and the words that name it or its people.</summary>
public sealed record Country(string Code, string Name)
{
    public IReadOnlyList<string> Names { get; init; } = [];

    public IReadOnlyList<string> Demonyms { get; init; } = [];

    public IReadOnlyList<string> Capitals { get; init; } = [];
}
