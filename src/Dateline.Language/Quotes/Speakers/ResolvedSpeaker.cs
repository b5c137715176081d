using Dateline.Core.Model;

namespace Dateline.Language.Quotes.Speakers;

/// <summary>
/// Who a speaker mention stands for: an entity of the entity layer (<paramref name="EntityId"/>), or an unnamed
/// speaker of its own (<paramref name="UnnamedName"/>, "a spokesperson for the employers") linked to the organisation
/// its description names (<paramref name="OrganizationId"/>), or no one when the text does not tell (both null).
/// <paramref name="Antecedent"/>: where a relative "who" stands for a described speaker, the phrase it stands for.
/// </summary>
internal sealed record ResolvedSpeaker(SpeakerKind Kind, string? EntityId, string? UnnamedName, string? OrganizationId, TextSpan? Antecedent = null);
