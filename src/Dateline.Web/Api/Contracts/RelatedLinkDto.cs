namespace Dateline.Web.Api.Contracts;

/// <summary>A teaser of another story; url is as the page gave it (untrusted).</summary>
public sealed record RelatedLinkDto(string Title, string? Summary, string? Url);
