namespace Dateline.Web.Api.Contracts;

public sealed record MentionDto(int Start, int End, string Label, string? Entity, long? Key);
