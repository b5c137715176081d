namespace Dateline.Language.Tests;

/// <summary>One case of a spec file: its title, single-valued fields (text, dct) and repeated lines (expect, entity, none).</summary>
public sealed record SpecCase(string File, string Title, IReadOnlyDictionary<string, string> Fields, IReadOnlyList<(string Key, string Value)> Lines)
{
    public string Text => Fields["text"];

    public string? Dct => Fields.GetValueOrDefault("dct");

    public IEnumerable<string> All(string key) => Lines.Where(l => l.Key == key).Select(l => l.Value);

    public override string ToString() => $"{File}: {Title}";
}
