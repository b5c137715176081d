namespace Dateline.Web.Api.Contracts;

/// <summary>The body of POST /api/entities/{id}/merge.</summary>
/// <param name="Into">The id of the entity the one in the path joins.</param>
public sealed record MergeRequest(long Into);
