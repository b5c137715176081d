namespace Dateline.Web.Api.Contracts;

/// <summary>A TIMEX3 time expression and its normalized value.</summary>
public sealed record TimeDto(int Start, int End, string Type, string? Value);
