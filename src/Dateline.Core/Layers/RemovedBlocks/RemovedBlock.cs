namespace Dateline.Core.Layers.RemovedBlocks;

/// <summary>A block of the page that is not article body, with the reason it was dropped (<see cref="RemovalReason"/>).</summary>
public sealed record RemovedBlock(string Text, string Reason);
