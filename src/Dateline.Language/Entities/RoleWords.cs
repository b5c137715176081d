using System.Collections.Frozen;

namespace Dateline.Language.Entities;

/// <summary>Role and title words from Data/role-words.txt; "head" words name a role, modifiers only qualify one.</summary>
public sealed class RoleWords
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _all;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _heads;

    public RoleWords(IEnumerable<string> lines)
    {
        var all = new List<string>();
        var heads = new List<string>();
        foreach (var line in lines)
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            bool modifier = parts[^1] == "mod";
            var word = string.Join(' ', modifier ? parts[..^1] : parts);
            all.Add(word);
            if (!modifier)
            {
                heads.Add(word);
            }
        }

        Words = all;
        _all = all.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _heads = heads.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static RoleWords Default { get; } = new(ResourceText.Lines("role-words.txt"));

    public IReadOnlyList<string> Words { get; }

    public bool Contains(ReadOnlySpan<char> word) => _all.Contains(word);

    public bool IsHead(ReadOnlySpan<char> word) => _heads.Contains(word);
}
