namespace Dateline.Core.Layers;

/// <summary>One field a store keeps for a <see cref="StoredColumn"/> (a span has two).</summary>
public sealed record StoredField(string Name, StoredFieldKind Kind);
