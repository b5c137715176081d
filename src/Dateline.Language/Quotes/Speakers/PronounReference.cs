namespace Dateline.Language.Quotes.Speakers;

/// <summary>What a speaker pronoun may refer to (Quotes/Data/speaker-pronouns.txt).</summary>
internal enum PronounReference
{
    /// <summary>One person (he, she).</summary>
    Person,

    /// <summary>An organisation, a government or a group, never one person (they, we, it).</summary>
    Group,

    /// <summary>No one the text names (I, you).</summary>
    None,

    /// <summary>The phrase the relative clause hangs on ("Mr. Scott, who called it …").</summary>
    Relative,
}
