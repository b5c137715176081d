namespace Dateline.Store.Entities;

/// <summary>How the collection joins an article's entities to canonical ones (<see cref="CanonicalKeys"/> and the rules on top).</summary>
public sealed record EntityResolutionOptions
{
    public static EntityResolutionOptions Default { get; } = new();

    /// <summary>
    /// A one-word person's name joins the full name whose surname it is when exactly one such person appears in the
    /// collection within this many days of the article (or anywhere, when either is undated). Measured on a store of
    /// the Wikinews corpus (336 articles, 2019–2020 mostly; 331 one-word PERSON article entities): 7 days join 9 and
    /// leave 0 ambiguous, 14 days 10/0, 30 days 12/1, 90 days 14/4, no limit 51/16 — beyond a month the extra joins are
    /// mostly mis-tagged names ("Hall" to "Zappeion Hall") and the ambiguous ones grow faster than the joins; the one
    /// ambiguous at 30 days is "Trump" in the month of Mary Trump's book, which should stay apart.
    /// </summary>
    public int SurnameWindowDays { get; init; } = 30;
}
