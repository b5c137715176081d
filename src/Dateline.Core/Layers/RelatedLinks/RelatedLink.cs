namespace Dateline.Core.Layers.RelatedLinks;

/// <summary>A teaser of another story ("Recommended Stories", "More from …"), kept apart from the body.</summary>
public sealed record RelatedLink(string Title, string? Summary, string? Url);
