namespace Dateline.Tests;

/// <summary>How one input must end: an article with text (maybe with a warning), a failure of a kind, or a skip with a reason.</summary>
public sealed record HostileOutcome(HostileOutcomeKind Kind, string? Detail = null)
{
    public static HostileOutcome Article { get; } = new(HostileOutcomeKind.Article);

    /// <summary>An article or a failure: either is right (the page may or may not hold article text), never a crash.</summary>
    public static HostileOutcome Either { get; } = new(HostileOutcomeKind.Either);

    /// <summary>An article whose warnings mention <paramref name="warning"/>.</summary>
    public static HostileOutcome Warned(string warning) => new(HostileOutcomeKind.Article, warning);

    public static HostileOutcome Failure(string kind) => new(HostileOutcomeKind.Failure, kind);

    /// <summary>Passed over by the reader, with a reason mentioning <paramref name="reason"/>.</summary>
    public static HostileOutcome Skipped(string reason) => new(HostileOutcomeKind.Skipped, reason);

    public override string ToString() => Detail is null ? Kind.ToString().ToLowerInvariant() : $"{Kind.ToString().ToLowerInvariant()} ({Detail})";
}
