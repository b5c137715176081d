namespace Dateline.Language.Events;

/// <summary>Whether the sentence says the event happened, did not happen, or may happen.</summary>
public enum EventMode
{
    /// <summary>Reported as having happened or happening (including claims the quote layer attributes).</summary>
    Asserted,

    /// <summary>"did not back", "denied attacking", "no one was arrested".</summary>
    Negated,

    /// <summary>Future, possible, planned, conditional or asked-about: "will impose", "could attack", "plans to visit".</summary>
    Hypothetical,
}
