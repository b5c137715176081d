namespace Dateline.Language.Times;

/// <summary>Which side of the document date the clause around a time expression points to.</summary>
internal enum Tense
{
    Unknown,
    Past,
    Future,

    /// <summary>Present tense: the nearest occurrence either way.</summary>
    Present,
}
