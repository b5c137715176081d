using Dateline.Core.Model;

namespace Dateline.Core.Layers.Entities;

/// <summary>A mention of a named entity (or a description/pronoun resolved to one) in the clean text.</summary>
public sealed record EntityMention(TextSpan Span, EntityLabel Label) : IAnnotation
{
    /// <summary>The <see cref="Entity.Id"/> this mention belongs to, once resolution has run.</summary>
    public string? EntityId { get; init; }
}
