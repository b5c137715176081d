namespace Dateline.Core.Model;

/// <summary>A relation between two entities ("backs", "opposes"), with the evidence span that states it.</summary>
public sealed record Relation(TextSpan Span, string Type, string SubjectId, string ObjectId) : IAnnotation
{
    public const string Backs = "backs";
    public const string Opposes = "opposes";
}
