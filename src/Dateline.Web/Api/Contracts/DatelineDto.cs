namespace Dateline.Web.Api.Contracts;

public sealed record DatelineDto(string? Place, string? Agency);
