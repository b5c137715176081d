using Dateline.Core.Model;

namespace Dateline.Language.Relations;

/// <summary>
/// A relation between two entities, with the evidence span that states it. The object may be a party that is not a
/// named entity ("his rivals had the support of Turkey"): then <see cref="ObjectId"/> is null and
/// <see cref="ObjectMention"/> says who is meant.
/// </summary>
public sealed record Relation(TextSpan Span, RelationType Type, string SubjectId, string? ObjectId) : IAnnotation
{
    /// <summary>The words naming the subject ("the UAE").</summary>
    public TextSpan? SubjectMention { get; init; }

    /// <summary>The words naming the object ("His campaign", "his rivals").</summary>
    public TextSpan? ObjectMention { get; init; }
}
