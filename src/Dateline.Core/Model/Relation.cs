namespace Dateline.Core.Model;

/// <summary>
/// A relation between two entities ("backs", "opposes"), with the evidence span that states it. The object may be a
/// party that is not a named entity ("his rivals had the support of Turkey"): then <see cref="ObjectId"/> is null and
/// <see cref="ObjectMention"/> says who is meant.
/// </summary>
public sealed record Relation(TextSpan Span, string Type, string SubjectId, string? ObjectId) : IAnnotation
{
    public const string Backs = "backs";
    public const string Opposes = "opposes";

    /// <summary>The words naming the subject ("the UAE").</summary>
    public TextSpan? SubjectMention { get; init; }

    /// <summary>The words naming the object ("His campaign", "his rivals").</summary>
    public TextSpan? ObjectMention { get; init; }
}
