namespace Dateline.Web.Api.Contracts;

/// <summary>An entity of one article: its id within the article, its collection-wide key (for /api/entities/{key}), and its mentions.</summary>
public sealed record EntityDto(string Id, long? Key, string Name, string Label, IReadOnlyList<string> Roles, string? Country, IReadOnlyList<SpanDto> Mentions);
