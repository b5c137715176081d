namespace Dateline.Core.Model;

/// <summary>A block of the page that is not article body, with the reason it was dropped.</summary>
public sealed record RemovedBlock(string Text, string Reason);
