namespace Dateline.Tests;

/// <summary>The three ways an input may end, and "either of the first two".</summary>
public enum HostileOutcomeKind
{
    Article,
    Failure,
    Skipped,
    Either,
}
