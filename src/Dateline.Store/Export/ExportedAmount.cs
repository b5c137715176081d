namespace Dateline.Store.Export;

/// <summary>An amount: where it starts, its words, its value and the thing counted (unit).</summary>
internal sealed record ExportedAmount(long Start, string Text, double Value)
{
    public string? Unit { get; init; }
}
