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

    /// <summary>
    /// Where two or more people with the surname appear in the period, the one named in this many times as many of its
    /// articles as the next is the one a bare surname means. On the newswire thread set (docs/threads.md: PolNeAR's June
    /// 2016, 331 articles, dev) the one-word persons of an article naming no bearer in full, with two or more bearers in
    /// the period: "Sanders" (Bernie in 24 articles, Jane and Carol in 1 each), "Clinton" in 2 articles (Hillary 46, Bill
    /// 9: "Mrs. Clinton", "Trump and Clinton on the same stage"), "Trump" in 2 (Donald 64; "Team Trump", "Cheeto Donald
    /// Trump" 1), each read and joining the right person at 4; below it "Co." (Norton 3, Kellogg 1, a mis-tagged
    /// company), "Geremek" (2 and 1, one man spelled two ways), "Bush" (Jeb 3, George W. 3), "Grassley" (1 and 1) stay
    /// apart. The Wikinews store's joins are the same with it as without.
    /// </summary>
    public int SurnameDominance { get; init; } = 4;

    /// <summary>The fewest of the period's articles the dominant bearer (<see cref="SurnameDominance"/>) is named in: 4 articles against 1 are too few to go on.</summary>
    public int SurnameDominantArticles { get; init; } = 5;
}
