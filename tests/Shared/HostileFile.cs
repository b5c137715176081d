namespace Dateline.Tests;

/// <summary>A generated bad input: its file name, what is wrong with it, and the failure kind it must end in (null: stored or failed, either is fine, but not a crash).</summary>
public sealed record HostileFile(string Name, string What, string? ExpectedKind);
