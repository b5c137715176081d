namespace Dateline.Web.Api.Contracts;

public sealed record AmountDto(int Start, int End, double Value, double? UpperValue, string? Modifier, string? Unit);
