namespace Dateline.Web.Api.Contracts;

/// <summary>A quote of an article; speaker is the article's entity id, speakerKey the collection-wide one.</summary>
public sealed record QuoteDto(int Start, int End, string Kind, string? Cue, SpanDto? CueSpan, SpanDto? SpeakerMention, string? Speaker, long? SpeakerKey, string? SpeakerName);
