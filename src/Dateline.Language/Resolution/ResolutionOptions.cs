namespace Dateline.Language.Resolution;

/// <summary>Thresholds of <see cref="EntityResolver"/>.</summary>
public sealed record ResolutionOptions
{
    /// <summary>Most words a role phrase before a name may have ("U.N. Special Envoy to Libya" has 5).</summary>
    public int MaxRoleWords { get; init; } = 8;

    /// <summary>Sentences before a description within which the person it refers to is looked for first.</summary>
    public int DescriptionWindowSentences { get; init; } = 12;

    /// <summary>
    /// Sentences between a description with a country ("Iran's president") and a named mention of a person whose
    /// country the text does not state, within which the description may name that person. Farther off it names
    /// someone else as often as not ("Zambia's president" in a report naming Bill Clinton earlier; the joins it
    /// removed on 2,000 VOA passages and the Wikinews texts: docs/entities.md).
    /// </summary>
    public int CountryDescriptionReachSentences { get; init; } = 1;

    /// <summary>
    /// Tokens before the opening or after the closing quote mark within which a word for a kind of work makes a quoted
    /// title a work: "the Oscar-winning film “Parasite”" puts it 3 before (with the hyphen's tokens), "“1917,” a war
    /// drama" 3 after; wider reached the next clause's nouns in the written cases.
    /// </summary>
    public int WorkNounWindow { get; init; } = 4;

    /// <summary>
    /// Tokens between a job title and the "at" before a company's name ("senior vp partnerships and revenue at Ubisoft"
    /// puts it 4 before; "chief economist at Flexport" 1): <see cref="EntityResolver"/>, organisations by the page's
    /// evidence. Wider reached a title of the clause before.
    /// </summary>
    public int OrganisationRoleWindow { get; init; } = 4;

    /// <summary>
    /// Tokens before or after an initialism in capitals within which the page spells it out in lower-case words, which
    /// makes it a common noun's short form and no name: "hypersensitivity pneumonitis, or HP" (1 before), "HP. No, not the
    /// computer manufacturer but hypersensitivity pneumonitis" (8 after; the tenth sample's Forbes page).
    /// </summary>
    public int InitialismSpeltOutWindow { get; init; } = 10;

    /// <summary>
    /// Distance within which a reading of an unplaced town name counts as near a place the article located; every other
    /// reading must lie <see cref="FarPlaceFactor"/> times as far off and beyond this distance too
    /// (<see cref="EntityResolver"/>, rule 9). Evidence on htmldate's news pages: docs/entities.md, 2026-12-06
    /// "Places near the article's places".
    /// </summary>
    public double NeighbourPlaceKilometres { get; init; } = 100;

    /// <inheritdoc cref="NeighbourPlaceKilometres"/>
    public double FarPlaceFactor { get; init; } = 4;

    /// <summary>
    /// Places of one country an article must name beside a division's name for that name to be the country's
    /// division: "California" beside Ohio and Texas, or beside San Ysidro and El Paso (placed), and divisions for a
    /// country's name as another country's division ("Virginia, Georgia, Arkansas"). One is too few: a lone "Ohio"
    /// beside "Victoria" says little. Evidence: docs/entities.md, "Second sample" and "Fourth sample".
    /// </summary>
    public int SiblingDivisions { get; init; } = 2;
}
