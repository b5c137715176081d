namespace Dateline.Training.Events;

/// <summary>An event of the dev set's gold files (eval/events/gold): type, trigger and actors as written.</summary>
public sealed record GoldEvent(string Type, string? Trigger, string? Source, string? Target);
