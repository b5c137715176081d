namespace Dateline.Web.Api.Contracts;

public sealed record RelationDto(int Start, int End, string Type, string Subject, string Object);
