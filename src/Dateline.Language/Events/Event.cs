using Dateline.Core.Model;

namespace Dateline.Language.Events;

/// <summary>
/// Who did what to whom: one PLOVER event stated in a sentence (<see cref="Span"/>, the evidence), with the words
/// that state it (<see cref="Trigger"/>). Actors are entity ids when the words name an entity; an actor without a
/// name ("the protesters", "a suicide bomber") keeps only its mention, and the source and the target
/// may be absent altogether ("Twelve people were killed": no source).
/// </summary>
public sealed record Event(TextSpan Span, EventType Type, EventMode Mode, TextSpan Trigger) : IAnnotation
{
    /// <summary>The words naming who acts ("Russian mercenaries", "he").</summary>
    public TextSpan? SourceMention { get; init; }

    /// <summary>The entity that acts, when the mention names one (a pronoun's antecedent included).</summary>
    public string? SourceId { get; init; }

    public TextSpan? TargetMention { get; init; }

    public string? TargetId { get; init; }

    /// <summary>The time expression in the sentence that dates the event, if any.</summary>
    public TextSpan? TimeMention { get; init; }

    /// <summary>The event's date: the time expression's value, else the publication date, else null.</summary>
    public string? Date { get; init; }

    /// <summary>The place entity where it happened ("in Mogadishu").</summary>
    public string? PlaceId { get; init; }

    /// <summary>For an event inside a quotation or reported speech: the speaker who claims it.</summary>
    public string? ClaimedById { get; init; }
}
