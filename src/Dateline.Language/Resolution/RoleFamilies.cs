namespace Dateline.Language.Resolution;

/// <summary>Role families from Data/role-families.txt: the office a role phrase names, for matching descriptions.</summary>
public sealed class RoleFamilies
{
    private readonly List<(string Phrase, string Family)> _phrases;

    public RoleFamilies(IEnumerable<string> lines)
    {
        _phrases = [];
        foreach (var line in lines)
        {
            int colon = line.IndexOf(':');
            if (colon < 0)
            {
                continue;
            }

            var family = line[..colon].Trim();
            foreach (var phrase in line[(colon + 1)..].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                _phrases.Add((" " + phrase.ToLowerInvariant() + " ", family));
            }
        }

        // Longest phrase first, so "prime minister" wins over "minister".
        _phrases.Sort((a, b) => b.Phrase.Length != a.Phrase.Length ? b.Phrase.Length.CompareTo(a.Phrase.Length) : string.CompareOrdinal(a.Phrase, b.Phrase));
    }

    public static RoleFamilies Default { get; } = new(ResourceText.Lines("role-families.txt"));

    /// <summary>The family of a role phrase, or null when none of the phrases occurs in it.</summary>
    public string? FamilyOf(string role)
    {
        var padded = " " + role.ToLowerInvariant() + " ";
        foreach (var (phrase, family) in _phrases)
        {
            if (padded.Contains(phrase, StringComparison.Ordinal))
            {
                return family;
            }
        }

        return null;
    }
}
