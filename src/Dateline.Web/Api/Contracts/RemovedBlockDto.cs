namespace Dateline.Web.Api.Contracts;

public sealed record RemovedBlockDto(string Text, string Reason);
