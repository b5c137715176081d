namespace Dateline.Store.Entities;

/// <summary>How the collection joins an article's entities to canonical ones (<see cref="CanonicalKeys"/> and the rules on top).</summary>
public sealed record EntityResolutionOptions
{
    public static EntityResolutionOptions Default { get; } = new();

    /// <summary>
    /// A one-word person's name joins the full name whose surname it is when exactly one such person appears in the
    /// collection within this many days of the article (or anywhere, when either is undated). News names a person in
    /// full at least once in most stories about them, and a surname shared by two people in the news the same month
    /// is common (two Johnsons in UK and US politics): 30 days keeps the story's period and no more. On the Wikinews
    /// corpus store (336 articles, 2019–2020), every one-word person that joined a full name joined the one a reader
    /// would pick (the closing note of issue 22 lists them); none was left ambiguous at 30 days that 7 days resolved.
    /// </summary>
    public int SurnameWindowDays { get; init; } = 30;
}
