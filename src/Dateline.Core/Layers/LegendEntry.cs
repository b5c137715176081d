namespace Dateline.Core.Layers;

/// <summary>One sample in the article page's legend: a word shown with the classes its marks use.</summary>
public sealed record LegendEntry(string Text, string Class);
