namespace Dateline.Language.Quotes.Speakers;

/// <summary>The word lists of speaker resolution (Quotes/Data/speaker-*.txt): pronouns, honorifics, nouns for a person and given names with the gender they tell.</summary>
internal sealed class SpeakerLexicon
{
    private static readonly Lazy<SpeakerLexicon> DefaultLexicon = new(() => new SpeakerLexicon());

    private SpeakerLexicon()
    {
        foreach (var row in ResourceText.Rows("speaker-pronouns.txt"))
        {
            var reference = Enum.Parse<PronounReference>(row[1], ignoreCase: true);
            Pronouns[row[0].ToLowerInvariant()] = new Pronoun(reference, row.Length > 2 ? Gender(row[2]) : SpeakerGender.Unknown);
        }

        foreach (var row in ResourceText.Rows("speaker-honorifics.txt"))
        {
            Honorifics[row[0].ToLowerInvariant()] = Gender(row[1]);
        }

        foreach (var row in ResourceText.Rows("speaker-gender-nouns.txt"))
        {
            GenderNouns[row[0].ToLowerInvariant()] = Gender(row[1]);
        }

        Statements = ResourceText.WordSet("speaker-statements.txt");
        OrganizationNouns = ResourceText.WordSet("speaker-organization-nouns.txt");
        HeadAdverbs = ResourceText.WordSet("speaker-name-adverbs.txt");
        foreach (var row in ResourceText.Rows("speaker-first-names.txt"))
        {
            FirstNames[row[0].ToLowerInvariant()] = Gender(row[1]);
        }
    }

    public static SpeakerLexicon Default => DefaultLexicon.Value;

    public Dictionary<string, Pronoun> Pronouns { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, SpeakerGender> Honorifics { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, SpeakerGender> FirstNames { get; } = new(StringComparer.Ordinal);

    /// <summary>Nouns for a person that tell the gender next to a name ("her daughter Soon-Yi Previn", "Haley, the only woman").</summary>
    public Dictionary<string, SpeakerGender> GenderNouns { get; } = new(StringComparer.Ordinal);

    /// <summary>The gender a word next to a person's name tells: an honorific or a noun for a person; unknown for any other word.</summary>
    public SpeakerGender GenderWord(string lower)
        => Honorifics.TryGetValue(lower, out var g) || GenderNouns.TryGetValue(lower, out g) ? g : SpeakerGender.Unknown;

    /// <summary>Nouns for what a speaker said or wrote, after a possessive ("His statement continued:").</summary>
    public IReadOnlySet<string> Statements { get; }

    /// <summary>Head nouns of an organisation: "the union" as a speaker stands for the organisation named last before it.</summary>
    public IReadOnlySet<string> OrganizationNouns { get; }

    /// <summary>Lower-case words after a name in a speaker phrase that are no head noun ("Trump too said", "Smith alone").</summary>
    public IReadOnlySet<string> HeadAdverbs { get; }

    private static SpeakerGender Gender(string code) => code switch
    {
        "M" => SpeakerGender.Male,
        "F" => SpeakerGender.Female,
        _ => throw new FormatException($"'{code}' is not a gender code (M, F)"),
    };

    /// <summary>A pronoun's reference and gender.</summary>
    public sealed record Pronoun(PronounReference Reference, SpeakerGender Gender);
}
