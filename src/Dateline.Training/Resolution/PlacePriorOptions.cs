namespace Dateline.Training.Resolution;

/// <summary>Thresholds of <see cref="PlacePriorBuilder"/> (the evidence that set them: docs/entities.md, "Which London").</summary>
public sealed record PlacePriorOptions
{
    /// <summary>
    /// Fewest articles beyond chance (observed minus expected) that must name the winning reading's country or
    /// division beside the name: with 2, a single passage that names the division, once, decides nothing.
    /// </summary>
    public double MinExcessArticles { get; init; } = 2;

    /// <summary>
    /// Least share of all the readings' excess articles that the winning one must hold: a name whose articles point
    /// about as often at two places ("Hyderabad": India, Pakistan) gets no usual reading.
    /// </summary>
    public double MinShare { get; init; } = 0.8;

    /// <summary>
    /// For a name with one reading: least ratio of the articles naming it that carry the reading's evidence to those
    /// expected by base rate. Excess alone would keep "Middle East" (a Baltimore neighbourhood) wherever "U.S." is
    /// named everywhere; set by a hold-out of the corpus (docs/entities.md, "One-reading names").
    /// </summary>
    public double MinLift { get; init; } = 3;
}
