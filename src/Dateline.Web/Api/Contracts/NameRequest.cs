namespace Dateline.Web.Api.Contracts;

/// <summary>The body of POST /api/entities/{id}/split (the name to split out) and /rename (the name to show).</summary>
/// <param name="Name">The name.</param>
public sealed record NameRequest(string? Name);
