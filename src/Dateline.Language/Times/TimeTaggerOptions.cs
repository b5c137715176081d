namespace Dateline.Language.Times;

/// <summary>Settings of the time tagger.</summary>
public sealed record TimeTaggerOptions
{
    public static TimeTaggerOptions Default { get; } = new();

    /// <summary>How many words on each side of an expression are searched for a tense cue (10 tuned on AQUAINT and the seed).</summary>
    public int TenseWindowWords { get; init; } = 10;

    /// <summary>
    /// How many months ahead a month named without a tense cue is taken as the coming one ("to acquire the bank in
    /// January" in November); further ahead it is the past one. 2 set on AQUAINT dev (value F1 77.89 with 0, 78.06 with
    /// 2, 77.89 with 3; TimeBank 78.83, 79.07, 79.15).
    /// </summary>
    public int UncuedMonthAhead { get; init; } = 2;

    /// <summary>
    /// How many days before the document date a day in a future clause still counts as this year's (the deadline just
    /// passed) rather than next year's. 7: one week, for deadlines reported a day or two late (AQUAINT "by Jan. 14").
    /// </summary>
    public int FutureDayGrace { get; init; } = 7;

    /// <summary>
    /// How many tokens before a bare weekday the verb that governs it is looked for (the time tagger's GoverningVerb):
    /// 6 reaches "votes on the final bill Tuesday", "reports its earnings Wednesday" and stops before a clause further back.
    /// </summary>
    public int WeekdayVerbWindowTokens { get; init; } = 6;

    /// <summary>
    /// How many days from the document date a wire dateline's day ("NEW YORK, Dec. 14 (UPI) —") may lie for the story to
    /// be told from that day (the time tagger's FilingDay). 2: unseen news audit 10's item filed the day after its dct;
    /// AQUAINT's Xinhua items are filed the day before theirs (seven such; a trial that found their datelines in the text
    /// changed no value of them: every weekday in them is the same from either day).
    /// </summary>
    public int DatelineDays { get; init; } = 2;

    /// <summary>
    /// How many paragraphs back a coming year the text wrote stays in view for a month named without one (the time
    /// tagger's YearInView: "France's April 2017 presidential election" … three paragraphs on, "an early May run-off",
    /// told in August 2016; unseen sample 21). 3: it needs three; 1 → 3 changed no expression of AQUAINT, TimeBank, VOA
    /// 2,000 or Wikinews 336 (a coming year in view is rare, and a past clause still keeps the DCT's year).
    /// </summary>
    public int YearInViewParagraphs { get; init; } = 3;
}
